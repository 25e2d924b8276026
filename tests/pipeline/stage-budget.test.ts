// Every stage of the pipeline has a time budget: a stage that runs over it stops the reading, and
// the result names that stage. The clock is made to jump inside one stage; nothing else is faked.
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage, STAGE_BUDGET_MS } from '../../utils/extract-page';
import type { StageName } from '../../utils/types';
import { loadFixture } from '../support/fixture-pages';

const { html, expected } = loadFixture('daily8-article');
const doc = () => parseHTML(html).document as unknown as Document;

afterEach(() => {
  vi.restoreAllMocks();
});

/** A clock that jumps by `by` ms at its `at`-th reading. */
function jumpingClock(at: number, by: number) {
  const real = performance.now.bind(performance);
  let reads = 0;
  let offset = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    if (++reads === at) offset += by;
    return real() + offset;
  });
}

describe('stage time budget', () => {
  it('reads the page as usual within budget', () => {
    const result = extractPage(doc(), expected.url, {});
    expect(result.kind).toBe('article');
    expect(result.overBudget).toBeUndefined();
  });

  // Clock readings: 1 at the start, then one as each stage ends, in the order the timings list them.
  // The explanation comes after the result is whole (and shown): no stage follows it to stop.
  const stages = Object.keys(extractPage(doc(), expected.url, {}).timings).filter((s) => s !== 'total' && s !== 'explain') as StageName[];

  it.each(stages.map((s, i) => [s, i + 2] as const))('stops after the %s stage when it runs over, and says so', (stage, reading) => {
    jumpingClock(reading, STAGE_BUDGET_MS + 1000);
    const result = extractPage(doc(), expected.url, {});
    expect(result.kind).toBe('none');
    expect(result.overBudget).toBe(stage);
    expect(result.cause).toEqual({ code: 'over-budget', stage, ms: expect.any(Number), budgetMs: STAGE_BUDGET_MS });
    expect(result.cause?.code === 'over-budget' && result.cause.ms).toBeGreaterThan(STAGE_BUDGET_MS);
    expect(result.reason).toMatch(new RegExp(`^Reading this page took too long: its ${stage} stage took \\d+ ms \\(the budget is ${STAGE_BUDGET_MS} ms\\)\\.$`));
    // Later stages did not run.
    for (const later of stages.slice(stages.indexOf(stage) + 1)) expect(result.timings[later]).toBeUndefined();
  });
});
