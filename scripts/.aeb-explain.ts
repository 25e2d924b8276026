// Explain-stage cost on aeb-dev: each page read twice warm, explain on; medians per page summed.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract-page';
const dir = '../shared/bench/aeb-dev/html';
let sumE = 0, sumR = 0, sumT = 0, n = 0, marks = 0, removed = 0, drops = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gz'))) {
  const html = gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8');
  let r: any;
  for (let i = 0; i < 2; i++) r = extractPage(parseHTML(html).document as any, 'https://example.com/a/b', {});
  sumE += r.timings.explain ?? 0; sumR += r.timings.readability ?? 0; sumT += r.timings.total ?? 0; n++;
  marks += r.marks?.length ?? 0;
  for (const x of r.removed) { removed += x.count; drops += x.readabilityDrops ?? 0; }
}
console.log(`aeb-dev ${n} pages: explain ${(sumE / n).toFixed(1)} ms/page, our readability stage ${(sumR / n).toFixed(1)}, total ${(sumT / n).toFixed(1)} (explain = ${(100 * sumE / sumT).toFixed(0)}% of total)`);
console.log(`blocks removed ${removed}, of them plain Readability drops too ${drops}; marks ${marks}`);
