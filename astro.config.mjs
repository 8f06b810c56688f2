// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { siteIntegrations } from './src/integrations/index.ts';
import { rehypeGlossary } from './src/integrations/rehype-glossary.ts';

/** The public address, used in QR codes, print footers and canonical links. */
const site = process.env.SITE_URL ?? 'https://keuzehulp-reintegratie.nl';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cacheable stylesheet shared by all pages (counted in the byte budget).
    inlineStylesheets: 'never',
  },
  // Cache inside the project, so separate checkouts never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  // Short links for QR codes and professionals: /f1 → /fase/1/.
  redirects: {
    '/f1': '/fase/1/',
    '/f2': '/fase/2/',
    '/f3': '/fase/3/',
    '/f4': '/fase/4/',
  },
  // The unified (remark/rehype) processor, so the glossary plugin can explain terms in MDX.
  markdown: {
    processor: unified({ rehypePlugins: [rehypeGlossary] }),
  },
  integrations: [mdx(), preact(), ...siteIntegrations()],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
