// jusText's classification: prose is good, link lists and short fragments between them are bad,
// short blocks and headings inside prose take its side.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyBlocks, featuresOf } from '../../utils/second-opinion/classify-blocks';
import { densityOpinion } from '../../utils/second-opinion/density-opinion';
import { segmentBlocks } from '../../utils/second-opinion/segment-blocks';

const parse = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

const EN = (n: number) =>
  `<p>Paragraph ${n}: the council said on Monday that it would not raise the fees this year, because the new budget that was approved in the spring has left more money for the schools than they had expected, and the mayor said that this would be the case for the next two years as well.</p>`;
const DE = (n: number) =>
  `<p>Absatz ${n}: Der Rat hat am Montag gesagt, dass er die Gebühren in diesem Jahr nicht erhöhen wird, weil der neue Haushalt, der im Frühjahr beschlossen wurde, mehr Geld für die Schulen lässt, als sie erwartet hatten.</p>`;
const NAV = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Politics</a></li><li><a href="/c">Sports</a></li><li><a href="/d">Weather</a></li></ul>';

function classesOf(body: string) {
  const blocks = segmentBlocks(parse(body).body);
  const { features, lang } = featuresOf(blocks);
  return { lang, classes: Object.fromEntries(blocks.map((b, i) => [b.text.slice(0, 12), classifyBlocks(blocks, features, lang)[i]])) };
}

describe('classifyBlocks', () => {
  it('keeps prose and drops a link menu (English)', () => {
    const { lang, classes } = classesOf(`${NAV}${EN(1)}${EN(2)}`);
    expect(lang).toBe('en');
    expect(classes['Paragraph 1:']).toBe('good');
    expect(classes['Home']).toBe('bad');
  });

  it('reads German prose by German stop words', () => {
    const { lang, classes } = classesOf(`${NAV}${DE(1)}${DE(2)}`);
    expect(lang).toBe('de');
    expect(classes['Absatz 1: De']).toBe('good');
  });

  it('a short block between good ones is good, between bad ones bad', () => {
    const { classes } = classesOf(`${EN(1)}<p>In short: no rise.</p>${EN(2)}${NAV}<p>Follow us</p>${NAV}`);
    expect(classes['In short: no']).toBe('good');
    expect(classes['Follow us']).toBe('bad');
  });

  it('a heading right before good text is good; a copyright line is bad', () => {
    const { classes } = classesOf(`${NAV}<h2>What the council decided</h2>${EN(1)}${EN(2)}<p>© 2024 The Town Paper. All rights reserved by the publisher and its partners in every country.</p>`);
    expect(classes['What the cou']).toBe('good');
    expect(classes['© 2024 The T']).toBe('bad');
  });

  it('without a stop list for the language, length and links decide', () => {
    const ru = '<p>Совет заявил в понедельник, что не будет повышать сборы в этом году, потому что новый бюджет, принятый весной, оставил школам больше денег, чем они ожидали получить, и мэр сказал, что так будет и в следующие два года.</p>';
    const { lang, classes } = classesOf(`${NAV}${ru}`);
    expect(lang).toBeNull();
    expect(classes['Совет заявил']).toBe('good');
  });

  it('Chinese prose is read by its function characters', () => {
    const zh = '<p>市议会星期一表示，今年不会提高收费，因为春季通过的新预算给学校留下的钱比他们预期的要多。议员们说，这是他们在过去十年中第一次有这样的结余，他们将把其中一部分用于修缮图书馆。</p>';
    const opinion = densityOpinion(parse(`${NAV}${zh}${zh}`))!;
    expect(opinion.lang).toBe('cjk');
    expect(opinion.text).toContain('市议会星期一表示');
    expect(opinion.text).not.toContain('Home');
  });
});
