// YAML front matter. Every string is written double-quoted with its own escaping, so colons, "#", quotes, leading
// dashes, "yes"/"no", newlines and control characters all come back as the same string from any YAML 1.1/1.2 parser.

export type YamlValue = string | number | null | undefined;

export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD'; // a lone surrogate has no YAML spelling
    else if (isYamlPrintable(code)) out += ch;
    else out += code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

/** YAML's printable set minus the characters YAML 1.1 treats as line breaks (NEL, LS, PS) and the BOM. */
function isYamlPrintable(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/** A `---` block of `key: value` lines; null/undefined values are left out. Keys are fixed identifiers. */
export function frontMatter(fields: Array<[string, YamlValue]>): string {
  const lines = fields
    .filter((f): f is [string, string | number] => f[1] !== null && f[1] !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? String(value) : yamlString(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
