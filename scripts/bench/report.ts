// Plain-text tables for the terminal: one row per metric, ours beside plain Readability.

export type Format = 'ratio' | 'ms' | 'mb' | 'count';

export interface Row {
  metric: string;
  ours: number;
  readability: number;
  format: Format;
}

function fmt(v: number, f: Format): string {
  switch (f) {
    case 'ratio':
      return v.toFixed(3);
    case 'ms':
      return v.toFixed(1);
    case 'mb':
      return (v / 1024 / 1024).toFixed(2);
    case 'count':
      return String(Math.round(v));
  }
}

function fmtDelta(v: number, f: Format): string {
  const s = fmt(Math.abs(v), f);
  if (Number(s) === 0) return fmt(0, f);
  return (v < 0 ? '-' : '+') + s;
}

export function table(title: string, rows: readonly Row[]): string {
  const head = ['metric', 'ours', 'readability', 'delta'];
  const cells = rows.map((r) => [r.metric, fmt(r.ours, r.format), fmt(r.readability, r.format), fmtDelta(r.ours - r.readability, r.format)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [title, line(head), rule, ...cells.map(line)].join('\n');
}

/** A list of ids, wrapped to the terminal width, so long lists stay readable. */
export function wrapList(items: readonly string[], indent = '  ', width = 110): string {
  const lines: string[] = [];
  let cur = '';
  for (const item of items) {
    if (cur && cur.length + item.length + 2 > width - indent.length) {
      lines.push(indent + cur + ',');
      cur = item;
    } else {
      cur = cur ? `${cur}, ${item}` : item;
    }
  }
  if (cur) lines.push(indent + cur);
  return lines.join('\n');
}

/** A row maker for one corpus: each row picks the same figure from both contenders. */
export function rowMaker<T>(f: { ours: T; readability: T }) {
  return (metric: string, pick: (x: T) => number, format: Row['format']): Row => ({ metric, ours: pick(f.ours), readability: pick(f.readability), format });
}
