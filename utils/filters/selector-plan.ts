// Selector rules, matched during the matcher's one walk instead of one querySelectorAll each:
// in linkedom a query walks the whole tree, and forty selectors cost more than everything else.
// Each compound selector gets a cheap key (its tag, id, first class or first attribute); an
// element is only handed to matches() when it has the key. Selectors with combinators or
// pseudo-classes are rare (a person's own rules) and are queried as before.
import type { CompiledRule } from './compile-rules';
import { classOf } from '../page-index';

interface Keyed {
  selector: string;
  rule: CompiledRule;
  /** The compound compiled to plain attribute checks; el.matches only for what it cannot express. */
  test: (el: Element) => boolean;
}

export interface SelectorPlan {
  byTag: Map<string, Keyed[]>;
  byId: Map<string, Keyed[]>;
  byClass: Map<string, Keyed[]>;
  /** Attribute name → selectors that need it. */
  byAttr: Map<string, Keyed[]>;
  /** byClass and byAttr as arrays, walked for every element. */
  classKeys: [string, Keyed[]][];
  attrKeys: [string, Keyed[]][];
  complex: Keyed[];
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:#[\w-]+|\.[\w-]+|\[[^\]]+\])*)$/i;

/** Splits "a, b[c="d, e"]" at top-level commas only. */
function splitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of list) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function push(map: Map<string, Keyed[]>, key: string, k: Keyed): void {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
}

export function planSelectors(rules: readonly CompiledRule[]): SelectorPlan {
  const plan: SelectorPlan = { byTag: new Map(), byId: new Map(), byClass: new Map(), byAttr: new Map(), classKeys: [], attrKeys: [], complex: [] };
  for (const rule of rules) {
    if (!rule.selector) continue;
    for (const selector of splitList(rule.selector)) {
      const m = COMPOUND.exec(selector);
      if (!m || !selector) {
        plan.complex.push({ selector, rule, test: (el) => safeMatches(el, selector) });
        continue;
      }
      const k = { selector, rule, test: compileCompound(m[1]?.toLowerCase() ?? null, m[2] ?? '') ?? ((el: Element) => safeMatches(el, selector)) };
      const rest = m[2] ?? '';
      const id = /#([\w-]+)/.exec(rest)?.[1];
      const cls = /\.([\w-]+)/.exec(rest)?.[1];
      const attr = /\[\s*([\w:-]+)/.exec(rest)?.[1];
      if (m[1]) push(plan.byTag, m[1].toLowerCase(), k);
      else if (id) push(plan.byId, id, k);
      else if (cls) push(plan.byClass, cls, k);
      else if (attr) push(plan.byAttr, attr.toLowerCase(), k);
      else plan.complex.push(k);
    }
  }
  plan.classKeys = [...plan.byClass];
  plan.attrKeys = [...plan.byAttr];
  return plan;
}

const PART = /#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([*^$~|]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]/y;

/** Tag, #id, .class and [attr op "value"] parts as direct checks; null when something else is there. */
function compileCompound(tag: string | null, rest: string): ((el: Element) => boolean) | null {
  const checks: ((el: Element) => boolean)[] = [];
  if (tag) checks.push((el) => el.localName === tag);
  PART.lastIndex = 0;
  while (PART.lastIndex < rest.length) {
    const m = PART.exec(rest);
    if (!m) return null;
    const [, id, cls, name, op, q1, q2, bare] = m;
    if (id) checks.push((el) => el.id === id);
    else if (cls) checks.push((el) => ` ${(classOf(el) ?? '').replace(/\s+/g, ' ')} `.includes(` ${cls} `));
    else {
      const value = q1 ?? q2 ?? bare ?? '';
      const test: Record<string, (v: string) => boolean> = {
        '=': (v) => v === value,
        '^=': (v) => value !== '' && v.startsWith(value),
        '$=': (v) => value !== '' && v.endsWith(value),
        '*=': (v) => value !== '' && v.includes(value),
        '~=': (v) => v.split(/\s+/).includes(value),
        '|=': (v) => v === value || v.startsWith(value + '-'),
      };
      const cmp = op ? test[op] : null;
      checks.push((el) => {
        const v = el.getAttribute(name);
        return v !== null && (!cmp || cmp(v));
      });
    }
  }
  return (el) => checks.every((c) => c(el));
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The first selector rule this element matches, or null. `classAttr` is its class attribute, already read. */
export function matchPlanned(
  plan: SelectorPlan,
  el: Element,
  tag: string,
  classAttr: string | null,
  /** Attribute values the caller has already read (null: absent), so they are not read twice. */
  known: Record<string, string | null> = {},
): CompiledRule | null {
  // Plain loops over arrays: this runs for every element of the page, and iterating the maps
  // allocated an entry per key per element.
  let hit = firstMatch(plan.byTag.get(tag), el);
  if (hit) return hit;
  if (plan.byId.size) {
    const id = 'id' in known ? known.id : el.getAttribute('id');
    if (id) {
      hit = firstMatch(plan.byId.get(id), el);
      if (hit) return hit;
    }
  }
  if (classAttr) {
    // Few keyed classes: look each up in the attribute rather than splitting every element's classes.
    for (let i = 0; i < plan.classKeys.length; i++) {
      const [c, list] = plan.classKeys[i];
      if (classAttr.includes(c)) {
        hit = firstMatch(list, el);
        if (hit) return hit;
      }
    }
  }
  for (let i = 0; i < plan.attrKeys.length; i++) {
    const [name, list] = plan.attrKeys[i];
    const has = name in known ? known[name] !== null : el.hasAttribute(name);
    if (has) {
      hit = firstMatch(list, el);
      if (hit) return hit;
    }
  }
  return null;
}

function firstMatch(list: Keyed[] | undefined, el: Element): CompiledRule | null {
  if (list) for (let i = 0; i < list.length; i++) if (list[i].test(el)) return list[i].rule;
  return null;
}

/** Elements the complex selectors match, queried the ordinary way (a selector the engine rejects matches nothing). */
export function queryComplex(plan: SelectorPlan, root: Element): [Element, CompiledRule][] {
  const out: [Element, CompiledRule][] = [];
  for (const k of plan.complex) {
    try {
      for (const el of Array.from(root.querySelectorAll(k.selector))) out.push([el, k.rule]);
    } catch {
      /* an invalid custom selector: it matches nothing */
    }
  }
  return out;
}
