import type { Segment } from '../logic/highlight.js';

/** Text with some characters marked (fuzzy-matched positions, or searched words as segments). */
export function Marked({ text, positions, segments }: { text: string; positions?: number[]; segments?: Segment[] }) {
  const parts: Segment[] = segments ?? toSegments(text, new Set(positions ?? []));
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

function toSegments(text: string, marked: Set<number>): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const match = marked.has(i);
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += text[i];
    else out.push({ text: text[i] ?? '', match });
  }
  return out;
}
