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

  it("takes a date row out whole, with the labels its times leave behind, in the page's language", () => {
    const root = body(
      '<p>Le conseil municipal a voté lundi soir la sortie des moteurs thermiques sur le lac, avec une prime pour les propriétaires.</p>' +
        '<div><span>Par <a href="/auteurs/claire-vasseur">Claire Vasseur</a></span> <span>Publié le <time>20 mai 2025 à 06h30</time>, mis à jour le <time>20 mai 2025 à 09h15</time></span></div>' +
        '<p>Les bateaux équipés d\'un moteur thermique ne pourront plus naviguer sur le lac.</p>',
    );
    cleanArticleTop(root, {
      title: 'Annecy : le lac fermé aux bateaux à moteur thermique',
      byline: 'Claire Vasseur',
      source: null,
      siteName: null,
      subheading: 'Le conseil municipal a voté lundi soir la sortie des moteurs thermiques sur le lac, avec une prime pour les propriétaires.',
    });
    expect(root.textContent).not.toMatch(/Publié|mis à jour|Vasseur/);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('drops the kicker the page sets above its headline, and keeps a price, which is no date', () => {
    const root = body('<span>Limited-time offer</span><h2>Local news you can count on</h2><p><span>$1</span> for 6 months</p><p>Then $9.99 per month. Cancel anytime.</p>');
    cleanArticleTop(root, { title: 'Subscribe', byline: null, source: null, siteName: null, kicker: 'Limited-time offer' });
    expect(root.textContent).toBe('Local news you can count on$1 for 6 monthsThen $9.99 per month. Cancel anytime.');
  });
});
