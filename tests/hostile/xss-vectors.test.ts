// @vitest-environment jsdom
// The hostile-input suite: every vector of every family, in realistic pages, through the pipeline
// under both parsers; every output parsed with browser rules (parse5) and checked for anything that
// could run. The figures are printed for the issue's table.
import { describe, expect, it } from 'vitest';
import { checkOutputs, extractHostile, FORMATS, hostilePages, type Format } from './support/hostile-pages';
import { VECTORS, type Family } from './support/vectors';

const FAMILIES: Family[] = ['script', 'handler', 'url-scheme', 'srcdoc-frame', 'base-meta', 'svg-mathml', 'mxss', 'comment-cdata', 'noscript-template', 'css', 'entity-case', 'clobbering', 'markdown'];

describe('XSS vectors in realistic pages', { timeout: 600_000 }, () => {
  it('has at least 100 vectors, every family represented', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100);
    for (const f of FAMILIES) expect(VECTORS.filter((v) => v.family === f).length, f).toBeGreaterThanOrEqual(3);
  });

  it('writes nothing executable in any output, under either parser', () => {
    const pages = hostilePages(VECTORS);
    const checked: Record<Format, number> = Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<Format, number>;
    const unsafe: string[] = [];
    let articles = 0;
    for (const page of pages) {
      const result = extractHostile(page);
      if (result.kind === 'article') articles++;
      for (const [format, findings] of Object.entries(checkOutputs(result, true)) as Array<[Format, { kind: string; where: string }[]]>) {
        checked[format]++;
        for (const f of findings) unsafe.push(`${page.name} → ${format}: ${f.kind} ${f.where}`);
      }
    }
    const outputs = Object.values(checked).reduce((a, b) => a + b, 0);
    console.log(
      `XSS: ${VECTORS.length} vectors in ${pages.length} pages (${articles} read as articles); ${outputs} outputs checked ` +
        `(${FORMATS.map((f) => `${f} ${checked[f]}`).join(', ')}); executable outputs: ${unsafe.length}`,
    );
    expect(unsafe).toEqual([]);
  });
});
