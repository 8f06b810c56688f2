/**
 * Step 2 of the glossary explanations (see rehype-glossary.ts): runs on every
 * finished HTML page, in `astro dev` and while the build renders each page,
 * so it sees the whole page and knows its URL. Registered by glossary.ts.
 */
import type { MiddlewareHandler } from 'astro';
import { explainPageHtml, siteMatchers, type Matcher } from './rehype-glossary';

let cached: Matcher[] | null = null;
/** Read the glossary once per build; in dev on every request, so edits show up. */
function matchers(): Matcher[] {
  if (import.meta.env.DEV) return siteMatchers();
  return (cached ??= siteMatchers());
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(explainPageHtml(html, context.url.pathname, matchers()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
