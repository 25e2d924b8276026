// npm run score -- [<dir of fixture folders, or one fixture folder>] [--verbose]
// Runs every fixture folder under a directory (default tests/fixtures/pages) through the pipeline and
// prints each check as a figure: pages right, and the things checked (sentences kept, stories found...).
// Made for first sight: score pages written without reading the pipeline before changing any code.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract-page';
import { scoreFixture, type CheckName, type FixtureExpected, type FixtureScore } from './fixtures/score-fixture';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/pages');
if (!existsSync(dir)) {
  console.error(`no such folder: ${dir}`);
  process.exit(2);
}
// One fixture folder is scored as a set of one.
const one = existsSync(join(dir, 'expected.json'));
const root = one ? resolve(dir, '..') : dir;
const slugs = one ? [basename(dir)] : readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json'))).map((d) => d.name).sort();
if (!slugs.length) {
  console.error(`no fixture folders (with an expected.json) in ${dir}`);
  process.exit(2);
}

const LABELS: Record<CheckName, string> = {
  kindAndTitle: 'kind and title right',
  metadata: 'source/site/byline/date right',
  mustKeep: 'must-keep sentences kept',
  clutterLeft: 'clutter phrases left (fewer is better)',
  removedCounts: 'filter counts reached',
  storiesFound: 'stories found',
  storySources: 'found stories with the right source',
  storyAges: 'found stories with the right age',
  duplicateStories: 'stories listed twice (fewer is better)',
  sponsoredListed: 'sponsored cards listed (fewer is better)',
  sameGroup: 'same-subject sets grouped together',
  notSameGroup: 'different-subject pairs grouped together (fewer is better)',
};
const BAD_COUNTS = new Set<CheckName>(['clutterLeft', 'duplicateStories', 'sponsoredListed', 'notSameGroup']);

const totals = new Map<CheckName, { wrong: number; of: number; pagesRight: number }>();
let pagesAllRight = 0;
for (const slug of slugs) {
  const expected = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8')) as FixtureExpected;
  const html = readFileSync(join(root, slug, 'source.html'), 'utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const score: FixtureScore = scoreFixture(expected, extractPage(doc, expected.url, {}, { now: Date.parse(expected.now) }));
  const wrongChecks = (Object.keys(LABELS) as CheckName[]).filter((k) => score[k].wrong.length > 0);
  if (wrongChecks.length === 0) pagesAllRight++;
  console.log(`${wrongChecks.length === 0 ? 'ok  ' : 'FAIL'} ${slug}${wrongChecks.length ? `: ${wrongChecks.join(', ')}` : ''}`);
  for (const k of Object.keys(LABELS) as CheckName[]) {
    const t = totals.get(k) ?? { wrong: 0, of: 0, pagesRight: 0 };
    t.wrong += score[k].wrong.length;
    t.of += score[k].of;
    if (score[k].wrong.length === 0) t.pagesRight++;
    totals.set(k, t);
    if (verbose) for (const w of score[k].wrong) console.log(`       ${k}: ${w}`);
  }
}
console.log(`\n${dir}: ${slugs.length} pages, ${pagesAllRight} right in every check`);
for (const k of Object.keys(LABELS) as CheckName[]) {
  const t = totals.get(k)!;
  const figure = BAD_COUNTS.has(k) ? `${t.wrong} of ${t.of}` : `${t.of - t.wrong} of ${t.of}`;
  console.log(`  ${LABELS[k].padEnd(58)} ${figure.padStart(12)}   (pages right: ${t.pagesRight}/${slugs.length})`);
}
