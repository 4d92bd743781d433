import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { round } from './stats.js';

export type Unit = 'ms' | 'x' | 'MB' | 'frames';

/** One figure of the benchmark: the number its goal is about, the goal, and whether it was met. */
export interface Figure {
  id: string;
  figure: string;
  /** Everything measured for the figure, as printed (medians, the floor or the other side beside them). */
  measured: string;
  /** The number the goal is about: a ratio (unit "x"), a duration or a size. */
  value: number;
  unit: Unit;
  goal: number;
  comparison: '<=' | '>=';
  pass: boolean;
  /** What the two sides of a comparison do alike or not (e.g. which side fsyncs). */
  note?: string;
}

/** Builds a figure; `pass` is always derived from value, comparison and goal, never set by hand. */
export function figure(input: Omit<Figure, 'pass'>): Figure {
  const pass = input.comparison === '<=' ? input.value <= input.goal : input.value >= input.goal;
  return { ...input, value: round(input.value, 3), pass };
}

export const formatValue = (value: number, unit: Unit): string => {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return unit === 'x' ? `${round(value, digits)}×` : `${round(value, digits)} ${unit}`;
};

const pad = (text: string, width: number): string => text.padEnd(width);

export function printTable(rows: Figure[]): void {
  const headers = ['#', 'figure', 'measured (median)', 'goal', 'value', 'result'];
  const cells = rows.map((r) => [
    r.id,
    r.figure,
    r.measured,
    `${r.comparison === '<=' ? '≤' : '≥'} ${formatValue(r.goal, r.unit)}`,
    formatValue(r.value, r.unit),
    r.pass ? 'pass' : 'MISS',
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (values: string[]): string => values.map((v, i) => pad(v, widths[i] as number)).join(' | ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) console.log('');
  for (const r of notes) console.log(`${r.id}: ${r.note}`);
}

export function writeResults(file: string, rows: Figure[], details: Record<string, unknown>, startedAt: Date): void {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadavg: loadavg(),
    node: process.version,
    platform: process.platform,
  };
  const body = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine, figures: rows, details };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}
