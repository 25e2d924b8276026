import { parseHTML } from 'linkedom';
import { readFileSync, readdirSync } from 'node:fs';
import { extractPage } from '../utils/extract-page';
const dir = 'tests/fixtures/pages';
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
let sumE = 0, sumT = 0;
for (const slug of readdirSync(dir)) {
  const exp = JSON.parse(readFileSync(`${dir}/${slug}/expected.json`, 'utf8'));
  const html = readFileSync(`${dir}/${slug}/source.html`, 'utf8');
  const e: number[] = [], t: number[] = [], r: number[] = [];
  let res: any;
  for (let i = 0; i < 5; i++) {
    res = extractPage(parseHTML(html).document as any, exp.url, {}, { now: Date.parse(exp.now) });
    e.push(res.timings.explain ?? 0); t.push(res.timings.total); r.push(res.timings.readability ?? 0);
  }
  sumE += med(e); sumT += med(t);
  const counts = res.removed.map((x: any) => `${x.filter} ${x.count}/${x.readabilityDrops}`).join(', ');
  console.log(`${slug.padEnd(32)} total ${med(t).toFixed(1)} ms, readability ${med(r).toFixed(1)}, explain ${med(e).toFixed(1)} | marks ${res.marks?.length ?? 0} | ${counts}`);
}
console.log(`sum of medians: explain ${sumE.toFixed(0)} ms of total ${sumT.toFixed(0)} ms (${(100 * sumE / sumT).toFixed(0)}%)`);
