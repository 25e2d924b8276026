import { describe, expect, it } from 'vitest';
import { fragmentText, runContender, timedRun } from '../../scripts/bench/contenders';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Storm hits the coast</title></head><body>
<article><h1>Storm hits the coast</h1>${'<p>The storm reached the northern coast late on Tuesday, flooding streets and cutting power to thousands of homes along the shore. </p>'.repeat(8)}</article>
</body></html>`;

describe('timedRun', () => {
  it('turns a contender that throws into an empty run with the reason', () => {
    const run = timedRun(PAGE, () => {
      throw new Error('boom');
    });
    expect(run.text).toBe('');
    expect(run.title).toBeNull();
    expect(run.failure).toBe('threw: boom');
    expect(run.ms).toBeGreaterThanOrEqual(0);
  });

  it('hands the contender a parsed document and times it', () => {
    const run = timedRun(PAGE, (doc) => ({
      text: doc.querySelector('article')?.textContent ?? '',
      title: doc.title,
      byline: null,
      siteName: null,
      lang: doc.documentElement.getAttribute('lang'),
      publishedTime: null,
    }));
    expect(run.failure).toBeUndefined();
    expect(run.title).toBe('Storm hits the coast');
    expect(run.lang).toBe('en');
    expect(run.text).toContain('flooding streets');
  });
});

describe('runContender', () => {
  it('runs plain Readability on a linkedom document', () => {
    const run = runContender('readability', PAGE, 'https://example.com/storm', {});
    expect(run.failure).toBeUndefined();
    expect(run.title).toBe('Storm hits the coast');
    expect(run.text).toContain('cutting power to thousands of homes');
  });
});

describe('fragmentText', () => {
  it('reads the text of a content fragment like expected.html', () => {
    expect(fragmentText('<div id="readability-page-1"><p>One <b>two</b></p><p>three</p></div>').replace(/\s+/g, ' ').trim()).toBe(
      'One twothree',
    );
  });
});
