/**
 * Glossary explanations (src/lib/glossary-rule.ts): the rehype plugin marks
 * the term regions of each MDX body (astro.config.mjs adds it to the markdown
 * processor); this integration adds the middleware that explains terms once
 * per finished page.
 */
import type { AstroIntegration } from 'astro';

export function glossaryIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:glossary',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // 'pre': outermost, so it gets the page as it is sent.
        addMiddleware({ entrypoint: new URL('./glossary-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
