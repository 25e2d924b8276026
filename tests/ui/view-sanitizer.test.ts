// @vitest-environment jsdom
// The extension pages sanitize the pipeline's HTML again (DOMPurify) by the same allow-list
// (utils/html-policy.ts): on the pipeline's own output that second pass changes nothing.
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../components/sanitize';
import { extractFixture, fixtureSlugs, loadFixture } from '../support/fixture-pages';

describe('sanitizeArticleHtml', { timeout: 120_000 }, () => {
  it('keeps exactly what the pipeline kept on every fixture page (one allow-list), adding only the link and image hints', () => {
    const HINTS = ['target', 'rel', 'loading', 'decoding', 'referrerpolicy'];
    for (const slug of fixtureSlugs()) {
      const html = extractFixture(loadFixture(slug)).article?.contentHtml;
      if (!html) continue;
      const shown = document.createElement('div');
      shown.append(sanitizeArticleHtml(html));
      for (const el of Array.from(shown.querySelectorAll('*'))) for (const a of HINTS) el.removeAttribute(a);
      const given = document.createElement('div');
      given.innerHTML = html;
      expect(shown.innerHTML, slug).toBe(given.innerHTML);
    }
  });

  it('drops what the policy drops, with its text, and keeps attributes only on the tags that may carry them', () => {
    const shown = document.createElement('div');
    shown.append(sanitizeArticleHtml('<nav>Home</nav><p title="t" lang="fr">Texte <abbr title="Union">EU</abbr></p><footer>© Site</footer><marquee>m</marquee>'));
    expect(shown.innerHTML).toBe('<p lang="fr">Texte <abbr title="Union">EU</abbr></p>m');
  });
});
