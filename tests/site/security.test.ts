/** The generated headers: a strict CSP that allows exactly our inline code, and no other host. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPagesList, htmlFor, inlineScripts } from '../support/dist';
import { headersFor, parseHeadersFile } from '../support/headers';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const page = headersFor('/over/', rules);
const csp = page['Content-Security-Policy'] ?? '';

describe('security headers', () => {
  it('set the privacy and safety headers on every page', () => {
    expect(page['Referrer-Policy']).toBe('no-referrer');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('allow no other host and no unsafe inline code', () => {
    expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'[^-]/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/); // Pagefind needs WebAssembly
  });

  it('allow every inline script by its hash, and nothing more', () => {
    const needed = new Set<string>();
    for (const p of builtPagesList()) {
      for (const code of inlineScripts(htmlFor(p))) needed.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    const allowed = /script-src ([^;]+)/.exec(csp)![1]!.split(' ').filter((s) => s.startsWith("'sha256-"));
    expect(new Set(allowed)).toEqual(needed);
  });

  it('cache hashed assets forever and revalidate the rest', () => {
    expect(headersFor('/_astro/x.js', rules)['Cache-Control']).toMatch(/immutable/);
    expect(headersFor('/sw.js', rules)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/pagefind/pagefind.js', rules)['Cache-Control']).toMatch(/must-revalidate/);
    expect(headersFor('/over/', rules)['Cache-Control']).toBeUndefined(); // the host's revalidating default
  });

  it('write an equivalent nginx snippet and the short links', () => {
    const nginx = readFileSync('dist/_nginx.conf', 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(nginx).toContain('location = /f1 { return 301 /fase/1/; }');
    expect(readFileSync('dist/_redirects', 'utf8')).toContain('/f1 /fase/1/ 301');
  });
});
