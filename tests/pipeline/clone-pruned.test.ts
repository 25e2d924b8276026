// The pipeline's copy of the page leaves out what the stages decided to remove, and nothing else.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clonePruned, depthOf, MAX_WRAPPER_CHAIN } from '../../utils/clone-pruned';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it('copies everything but the dropped blocks, in order, and leaves the page alone', () => {
    const doc = parse('<html lang="fr"><head><title>T</title><script>x()</script></head><body><p>one</p><div id="d"><p>two</p><aside>ad</aside><p>three</p></div><!-- c --><p>four</p></body></html>');
    const before = doc.documentElement.outerHTML;
    const drop = new Set([doc.querySelector('script')!, doc.querySelector('aside')!]);
    const copy = clonePruned(doc, drop);
    expect(copy.documentElement.outerHTML).toBe('<html lang="fr"><head><title>T</title></head><body><p>one</p><div id="d"><p>two</p><p>three</p></div><!-- c --><p>four</p></body></html>');
    expect(copy.title).toBe('T');
    expect(copy.body.querySelector('#d')).not.toBe(doc.querySelector('#d'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('cuts a chain of empty wrappers to its last few, keeping the page frame and the content', { timeout: 60_000 }, () => {
    const doc = parse(`<html><body>${'<div>'.repeat(3000)}<h1>Title</h1><p>text</p>${'</div>'.repeat(3000)}<p>after</p></body></html>`);
    const copy = clonePruned(doc, new Set(), true);
    expect(copy.body.querySelector('h1')?.textContent).toBe('Title');
    expect(copy.body.lastElementChild?.textContent).toBe('after');
    // html, body, the kept wrappers, then h1 and p.
    expect(depthOf(copy.documentElement)).toBe(2 + MAX_WRAPPER_CHAIN + 1);
  });

  it('copies a 3,000-deep page without overflowing the stack', { timeout: 60_000 }, () => {
    const doc = parse(`<html><body>${'<div>'.repeat(3000)}<span>deep</span><em>x</em>${'</div>'.repeat(3000)}</body></html>`);
    const copy = clonePruned(doc, new Set([doc.querySelector('em')!]));
    expect(copy.querySelector('span')?.textContent).toBe('deep');
    expect(copy.querySelector('em')).toBeNull();
  });
});
