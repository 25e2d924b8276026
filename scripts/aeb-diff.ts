// aeb-dev failures by kind: for each page, the text we extract against the annotated body, each
// extra or missing run of words attributed to the pipeline stage that put it in or took it out.
//   npx tsx scripts/aeb-diff.ts [--only ID-prefix] [--json out.json] [--min-tokens N]
// "+ [stage] (n) words": n words we give that the body lacks, first present after that stage
// (",plain": plain Readability gives them too); "- [last:stage pack:p] (n) words": n words of the
// body we lack, last present after that stage (none: no stage had them), inside a block pack p took.
// A page marked STAGE MISMATCH reads differently here than in extractPage: this script repeats the
// stages by hand, so a change to their order in extract-page.ts must be made here too.
// Stages (the pipeline's own order, re-run here step by step on the same inputs):
//   plain   Readability alone on the whole page (the reference contender)
//   pruned  Readability on our copy, without the blocks our filters and story lists dropped
//   second  after the second opinion (merge, stand-in or trim)
//   filter  after the text filters run again on Readability's output
//   top     after the article's top is cleaned (repeated headline, byline rows)
//   deck    after the deck is restored: the final text
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadAeb } from './bench/load-aeb';
import { parseDocument } from './bench/contenders';
import { tokenize, scorePage } from './bench/shingle-metric';
import { extractPage } from '../utils/extract-page';
import { indexPage, bodyOf, tagged } from '../utils/page-index';
import { planRemovals } from '../utils/plan-removals';

import { normalizeSettings } from '../utils/settings';
import { clonePruned } from '../utils/clone-pruned';
import { resolveLazyImages } from '../utils/sanitize';
import { tameStyleAttributes } from '../utils/tame-style-attributes';
import { keepQuotedPosts } from '../utils/keep-embeds';
import { QuickReadability } from '../utils/readability/quick-readability';
import { secondOpinion } from '../utils/second-opinion/second-opinion';
import { findClutter } from '../utils/filters/apply-filters';
import { removeMatches, RemovalLog } from '../utils/filters/removal-log';
import { textRules } from '../utils/filters/prepared-rules';
import { cleanArticleTop } from '../utils/clean-article-top';
import { kickerBefore, subheadingAfter } from '../utils/headline-neighbours';
import { restoreDeck } from '../utils/restore-deck';
import { squash } from '../utils/kit/text';
import { laidOutText } from '../utils/kit/dom';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = opt('--only');
const jsonOut = opt('--json');
const MIN = Number(opt('--min-tokens') ?? 4);

const STAGES = ['plain', 'pruned', 'second', 'filter', 'top', 'deck'] as const;
type StageTexts = Record<(typeof STAGES)[number], string>;

function stageTexts(html: string, url: string): { texts: StageTexts; dropped: { pack: string; text: string }[]; choice: string; final: string } {
  const settings = normalizeSettings({});
  const plainDoc = parseDocument(html);
  const plain = new Readability(plainDoc.cloneNode(true) as Document).parse()?.textContent ?? '';
  const doc = parseDocument(html);
  const final = extractPage(doc, url, {}, { explainRemovals: false }).article?.textContent ?? '';
  const body = bodyOf(doc)!;
  const index = indexPage(doc.documentElement);
  const log = new RemovalLog((id) => id);
  const plan = planRemovals({ doc, body, index, url, settings, now: Date.now() }, { log });
  const skip = new Set(plan.dropped);
  for (const el of tagged(index, 'script', 'style')) skip.add(el);
  const clone = clonePruned(doc, skip, index.maxDepth > 64);
  resolveLazyImages(Array.from(clone.querySelectorAll('img, amp-img')));
  tameStyleAttributes(clone);
  keepQuotedPosts(clone);
  const parsed = new QuickReadability(clone, { keepClasses: true, disableJSONLD: true, serializer: (el: Node) => el as unknown as string }).parse();
  const rEl = parsed?.content as unknown as Element | null;
  const pruned = rEl ? laidOutText(rEl) : '';
  const so = secondOpinion(rEl && typeof rEl === 'object' ? rEl : null, body, skip, clone);
  const content = so.content;
  const texts: StageTexts = { plain, pruned, second: '', filter: '', top: '', deck: '' };
  if (content) {
    texts.second = laidOutText(content);
    removeMatches(findClutter(content, textRules(plan.rules), { maxParagraphShare: 0.5, answers: plan.answers }), log);
    texts.filter = laidOutText(content);
    const title = plan.meta.title ?? squash(parsed?.title) ?? '';
    // As buildArticle (utils/extract-page.ts) does.
    const subheading = subheadingAfter(plan.meta.titleElement);
    cleanArticleTop(content, {
      title, byline: plan.meta.byline, source: plan.meta.source, siteName: plan.meta.siteName, url, description: plan.meta.excerpt,
      subheading: subheading ? squash(subheading.textContent) : null, kicker: kickerBefore(plan.meta.titleElement),
    });
    texts.top = laidOutText(content);
    restoreDeck({ content, index, skip, description: plan.meta.excerpt, titleElement: plan.meta.titleElement, subheading });
    texts.deck = laidOutText(content);
  }
  const dropped = log.blocks().map((b) => ({ pack: b.pack, text: squash(b.element.textContent) }));
  return { texts, dropped, choice: `${so.choice.take}/${so.choice.rule}`, final };
}

/** Runs of tokens of `a` not covered by any 4-shingle of `b`. */
function unmatchedRuns(a: string[], bShingles: Set<string>): { start: number; end: number }[] {
  const covered = new Array(a.length).fill(false);
  if (a.length < 4) {
    if (bShingles.has(a.join(' '))) covered.fill(true);
  } else
    for (let i = 0; i + 4 <= a.length; i++) {
      if (bShingles.has(a.slice(i, i + 4).join(' '))) for (let k = i; k < i + 4; k++) covered[k] = true;
    }
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i < a.length; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < a.length && !covered[j]) j++;
    runs.push({ start: i, end: j });
    i = j;
  }
  return runs;
}

function shingleSet(tokens: string[]): Set<string> {
  const s = new Set<string>();
  if (tokens.length && tokens.length < 4) s.add(tokens.join(' '));
  for (let i = 0; i + 4 <= tokens.length; i++) s.add(tokens.slice(i, i + 4).join(' '));
  return s;
}

const has = (hay: string, needle: string) => (' ' + hay + ' ').includes(' ' + needle + ' ');

const pages = loadAeb(join(process.cwd(), '../shared/bench/aeb-dev'))!.filter((p) => !only || p.id.startsWith(only));
const report: unknown[] = [];
let sumP = 0;
let sumR = 0;
for (const p of pages) {
  const { texts, dropped, choice, final } = stageTexts(p.html(), p.url);
  const tok = Object.fromEntries(STAGES.map((s) => [s, tokenize(texts[s]).join(' ')])) as StageTexts;
  const finalTok = tokenize(final);
  const truthTok = tokenize(p.truth);
  const s = scorePage(final, p.truth);
  const P = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1;
  const R = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1;
  sumP += P;
  sumR += R;
  const mismatch = tokenize(texts.deck).join(' ') !== finalTok.join(' ');
  const extra = unmatchedRuns(finalTok, shingleSet(truthTok))
    .filter((r) => r.end - r.start >= MIN)
    .map((r) => {
      const words = finalTok.slice(r.start, r.end).join(' ');
      const from = STAGES.find((st) => st !== 'plain' && has(tok[st], words)) ?? '?';
      return { tokens: r.end - r.start, inPlain: has(tok.plain, words), from, text: words.slice(0, 300) };
    });
  const missing = unmatchedRuns(truthTok, shingleSet(finalTok))
    .filter((r) => r.end - r.start >= MIN)
    .map((r) => {
      const words = truthTok.slice(r.start, r.end).join(' ');
      const lastHad = [...STAGES].reverse().find((st) => has(tok[st], words)) ?? 'none';
      const pack = dropped.find((d) => has(tokenize(d.text).join(' '), words))?.pack ?? null;
      return { tokens: r.end - r.start, lastHad, pack, text: words.slice(0, 300) };
    });
  report.push({ id: p.id, url: p.url, P, R, choice, extra, missing });
  console.log(`\n=== ${p.id.slice(0, 10)} ${p.url}\n    P ${P.toFixed(3)} R ${R.toFixed(3)} choice ${choice}${mismatch ? ' (STAGE MISMATCH)' : ''}`);
  for (const e of extra) console.log(`  + [${e.from}${e.inPlain ? ',plain' : ''}] (${e.tokens}) ${e.text.slice(0, 200)}`);
  for (const m of missing) console.log(`  - [last:${m.lastHad}${m.pack ? ' pack:' + m.pack : ''}] (${m.tokens}) ${m.text.slice(0, 200)}`);
}
console.log(`\nmean P ${(sumP / pages.length).toFixed(4)} R ${(sumR / pages.length).toFixed(4)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 1));
