/** Reading a Netlify-style _headers file, as a static host does: used by the test server and the header tests. */

/** Parse a Netlify-style _headers file into rules (used by the test server). */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: {} });
      continue;
    }
    const idx = raw.indexOf(':');
    const rule = rules.at(-1);
    if (rule && idx > 0) rule.headers[raw.slice(0, idx).trim()] = raw.slice(idx + 1).trim();
  }
  return rules;
}

/** Headers for a request path under the parsed rules (all matching rules combined). */
export function headersFor(path: string, rules: ReturnType<typeof parseHeadersFile>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const matches = p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p;
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}
