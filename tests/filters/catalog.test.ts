// Lints the filter data the way uBlock Origin and Dark Reader lint theirs: ids unique and sorted,
// every selector parses, every pattern compiles, every pack documented.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILTER_PACKS, PACK_IDS } from '../../utils/filters/catalog';
import { parsePhrase } from '../../utils/filters/compile-rules';
import { normalizeText } from '../../utils/kit/text';

const REQUIRED = ['ads', 'ai-promo', 'app-download', 'comments', 'consent', 'decorative', 'engagement', 'navigation', 'newsletter', 'related-lists', 'social', 'teasers'];
const linkedomDoc = parseHTML('<html><body><p>x</p></body></html>').document;
const jsdomDoc = new JSDOM('<p>x</p>').window.document;

describe('filter catalog', () => {
  it('has every required pack, ids unique, kebab-case and sorted', () => {
    expect(new Set(PACK_IDS).size).toBe(PACK_IDS.length);
    expect([...PACK_IDS]).toEqual([...PACK_IDS].sort());
    for (const id of REQUIRED) expect(PACK_IDS).toContain(id);
    for (const id of PACK_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('puts one pack per file, named after its id', () => {
    const dir = join(fileURLToPath(import.meta.url), '..', '..', '..', 'utils', 'filters', 'packs');
    const files = readdirSync(dir).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual([...PACK_IDS].sort());
  });

  describe.each(FILTER_PACKS.map((p) => [p.id, p] as const))('%s', (_id, pack) => {
    it('is documented and has rules', () => {
      expect(pack.label.length).toBeGreaterThan(3);
      expect(pack.description.length).toBeGreaterThan(20);
      expect(typeof pack.defaultOn).toBe('boolean');
      expect(pack.rules.length).toBeGreaterThan(0);
      for (const rule of pack.rules) {
        const kinds = [rule.selector, rule.attr, rule.phrases, rule.links].filter((k) => k !== undefined);
        expect(kinds.length, JSON.stringify(rule)).toBe(1);
      }
    });

    it('has selectors that parse in both DOMs', () => {
      for (const rule of pack.rules.filter((r) => r.selector)) {
        expect(() => linkedomDoc.querySelectorAll(rule.selector!), rule.selector).not.toThrow();
        expect(() => jsdomDoc.querySelectorAll(rule.selector!), rule.selector).not.toThrow();
      }
    });

    it('has patterns that compile and phrases that are unique and normalized', () => {
      for (const rule of pack.rules) {
        if (rule.attr) expect(() => new RegExp(rule.attr!, 'i')).not.toThrow();
        const phrases = rule.phrases ?? [];
        // Unique as matched: two spellings that normalize alike are one phrase.
        const matched = phrases.map((p) => parsePhrase(p)).map((m) => (typeof m === 'string' ? m : m.source));
        expect(new Set(matched).size, 'duplicate phrase').toBe(phrases.length);
        for (const p of phrases) {
          const parsed = parsePhrase(p);
          // Written as it is matched, so the data reads as what it removes.
          if (typeof parsed === 'string') expect(p, `"${p}" is matched as "${normalizeText(p)}"`).toBe(normalizeText(p));
          else {
            expect(parsed.source.startsWith('^') && parsed.source.endsWith('$'), `${p} must match a whole block`).toBe(true);
            // Long blocks skip patterns by a length bound read off the pattern: it needs bounded repeats.
            expect(parsed.source, `${p}: use .{0,N}, not .* or .+`).not.toMatch(/\.[*+]/);
          }
        }
        for (const l of rule.links ?? []) expect(l).toBe(l.toLowerCase());
      }
    });
  });
});
