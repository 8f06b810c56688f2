/**
 * What every response of the site must carry, in one place, so the two deploy
 * paths are checked by the same rules: dist/_headers as Netlify and Cloudflare
 * Pages read it (tests/support/headers.ts), and real nginx with the generated
 * dist/_nginx.conf (tests/support/nginx.ts). Returns problems, so a test can
 * show all of them at once.
 */
import { CACHE_RULES, DEFAULT_CACHE } from '../../src/lib/security-headers';
import { routes } from '../../src/lib/routes';

/** Header names in lower case (fetch's Headers and our parsed _headers differ in case). */
export type HeaderMap = Record<string, string | undefined>;

export function lower(headers: Record<string, string> | Headers): HeaderMap {
  const out: HeaderMap = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [k, v] of entries) out[k.toLowerCase()] = v;
  return out;
}

/** The security headers every response needs, with their exact values (the CSP is compared whole). */
export function expectedSecurity(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export type Kind = 'asset' | 'search-index' | 'service-worker' | 'page';

export function kindOf(path: string): Kind {
  if (path.startsWith('/_astro/')) return 'asset';
  if (path.startsWith('/pagefind/')) return 'search-index';
  if (path === routes.serviceWorker()) return 'service-worker';
  return 'page';
}

/**
 * Problems with the headers of one response. `hostDefault`: a static host that
 * revalidates HTML by default, so a page without Cache-Control in _headers is
 * right there; nginx must send the revalidating value itself.
 */
export function headerProblems(path: string, headers: HeaderMap, csp: string, opts: { hostDefault: boolean }): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(expectedSecurity(csp))) {
    if (headers[name] !== value) problems.push(`${path}: ${name} is ${JSON.stringify(headers[name])}`);
  }
  if (!/camera=\(\)/.test(headers['permissions-policy'] ?? '')) problems.push(`${path}: permissions-policy ontbreekt`);
  const cache = headers['cache-control'];
  const rule = CACHE_RULES.find((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  const wanted = rule?.value ?? (opts.hostDefault ? undefined : DEFAULT_CACHE);
  if (cache !== wanted) problems.push(`${path}: cache-control is ${JSON.stringify(cache)}, verwacht ${JSON.stringify(wanted)}`);
  // Whatever the rule table says: hashed assets are cached for a year, nothing else is cached long.
  if (kindOf(path) === 'asset' && !/max-age=31536000.*immutable/.test(cache ?? '')) problems.push(`${path}: asset niet lang en onveranderlijk gecachet`);
  if (kindOf(path) !== 'asset' && /max-age=[1-9]|immutable/.test(cache ?? '')) problems.push(`${path}: ${kindOf(path)} mag niet lang gecachet worden`);
  return problems;
}
