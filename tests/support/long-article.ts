// A long news article (about 20,000 words) written by a seeded generator, for the browser tests of
// long pages: the same page on every run, with the clutter a real one carries (navigation, a
// newsletter box, share buttons and "read more" teasers between sections, related stories at the end).

const WORDS = (
  'council budget river bridge school teachers water supply harbour engineers residents report evening ' +
  'morning minister hospital nurses contract rail station winter storm flooding farmers market prices ' +
  'energy grid wind solar panels district court judge appeal witness museum library volunteers festival ' +
  'housing rents tenants landlord mayor election voters survey figures analysis season harvest coast ' +
  'ferry route airport runway traffic police officers inquiry documents archive scientists glacier study'
).split(' ');

/** A small deterministic generator (mulberry32): the page is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 12);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}${rand() < 0.15 ? ', officials said' : ''}.`;
}

function paragraph(rand: () => number): string {
  return Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
}

/** Long enough that Readability keeps it: only the newsletter filter takes it out. */
export const NEWSLETTER_TEXT =
  'Sign up for our newsletter and get the morning briefing in your inbox every weekday, with the stories from the river towns, the harbour and the council that matter to you.';

export interface LongArticle {
  html: string;
  words: number;
  title: string;
  firstParagraph: string;
  lastParagraph: string;
}

export function longArticle(targetWords = 20_000): LongArticle {
  const rand = seeded(14);
  const title = 'The long winter: how a river town rebuilt its bridges, schools and harbour';
  const body: string[] = [];
  const paragraphs: string[] = [];
  let words = 0;
  for (let section = 1; words < targetWords; section++) {
    body.push(`<h2>Part ${section}: ${sentence(rand).slice(0, -1)}</h2>`);
    for (let i = 0; i < 12 && words < targetWords; i++) {
      const p = paragraph(rand);
      paragraphs.push(p);
      words += p.split(/\s+/).length;
      body.push(`<p>${p}</p>`);
    }
    body.push(
      '<div class="share-buttons"><a href="https://share.example/fb">Share on Facebook</a> <a href="https://share.example/x">Share on X</a></div>',
      `<aside class="read-more"><h3>Read more</h3><ul><li><a href="/other-${section}/">Other story number ${section} about the town</a></li></ul></aside>`,
    );
    if (section === 3) {
      body.push(`<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>${NEWSLETTER_TEXT}</p><form><input type="email"><button>Subscribe</button></form></div>`);
    }
  }
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/story-${i}/">Related report ${i + 1}: ${sentence(rand).slice(0, 60)}</a></li>`);
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | River Gazette</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="River Gazette">
<meta name="author" content="Ada Fielding"><meta property="article:published_time" content="2026-11-20T08:00:00Z"></head>
<body><header class="site-header"><a href="/">River Gazette</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/weather/">Weather</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Ada Fielding</p>
${body.join('\n')}
</article>
<section class="related"><h2>More from River Gazette</h2><ul>${related.join('')}</ul></section></main>
<footer><p>© River Gazette</p></footer></body></html>`;
  return { html, words, title, firstParagraph: paragraphs[0], lastParagraph: paragraphs[paragraphs.length - 1] };
}
