import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export interface Row {
  id: string;
  figure: string;
  measured: string;
  goal: string;
  /** The ratio or value the goal is about, as printed. */
  ratio: string;
  pass: boolean;
}

const pad = (text: string, width: number): string => text.padEnd(width);

export function printTable(rows: Row[]): void {
  const headers = ['#', 'figure', 'measured (median)', 'goal', 'ratio', 'result'];
  const cells = rows.map((r) => [r.id, r.figure, r.measured, r.goal, r.ratio, r.pass ? 'pass' : 'MISS']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (values: string[]): string => values.map((v, i) => pad(v, widths[i] as number)).join(' | ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

export function writeResults(file: string, rows: Row[], details: Record<string, unknown>, startedAt: Date): void {
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
