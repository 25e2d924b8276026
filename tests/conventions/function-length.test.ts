// The pipeline stays readable: no function in utils/ runs past 80 lines. A longer one is split into
// named phases (see findLists, readMetadata, findClutter), each with its own test case.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const MAX_LINES = 80;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "file:line name (N lines)" for every function body in `file` longer than MAX_LINES. */
function longFunctions(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = src.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = src.getLineAndCharacterOfPosition(node.end).line - first + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > MAX_LINES) found.push(`${relative(ROOT, file)}:${first + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

it(`has no function over ${MAX_LINES} lines in utils/`, () => {
  expect(sources(join(ROOT, 'utils')).flatMap(longFunctions)).toEqual([]);
});

it('finds a long function when there is one', () => {
  const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'fn-length-'));
  const file = join(dir, 'long.ts');
  writeFileSync(file, `export function tooLong() {\n${body}\n}\n`);
  try {
    expect(longFunctions(file)).toHaveLength(1);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
