import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticleTop } from '../../utils/clean-article-top';

const body = (html: string) => parseHTML(`<!doctype html><html><body><div id="a">${html}</div></body></html>`).document.getElementById('a')! as unknown as Element;

describe('cleanArticleTop', () => {
  it('drops the headline the view already shows, with the kicker glued above it', () => {
    const root = body('<h2><span>Hamburger Hafen</span><span>Reederei verlegt drei Dienste</span></h2><p>Die Reederei lässt ab Sommer drei Dienste in Wilhelmshaven abfertigen.</p>');
    cleanArticleTop(root, { title: 'Reederei verlegt drei Dienste', byline: null, source: null, siteName: null });
    expect(root.textContent).toBe('Die Reederei lässt ab Sommer drei Dienste in Wilhelmshaven abfertigen.');
  });

  it('keeps a heading whose first part is a sentence of its own, not a kicker', () => {
    const root = body('<h2><span>Why it matters.</span><span>Reederei verlegt drei Dienste</span></h2><p>Text.</p>');
    cleanArticleTop(root, { title: 'Reederei verlegt drei Dienste', byline: null, source: null, siteName: null });
    expect(root.textContent).toContain('Why it matters.');
  });
});
