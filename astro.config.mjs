// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { siteIntegrations } from './src/integrations/index.ts';
import { rehypeGlossary } from './src/integrations/rehype-glossary.ts';
import { glossaryIntegration } from './src/integrations/glossary.ts';
import { rehypeTableLabels } from './src/integrations/rehype-table-labels.ts';
import { SITE } from './src/data/site.ts';
import { shortLinkRedirects } from './src/lib/routes.ts';

/** The public address, used in QR codes, print footers and canonical links. */
const site = process.env.SITE_URL ?? SITE.url;

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
  // Short links for QR codes and professionals: /f1 → /fase/1/ (from the phases in src/data/site.ts).
  redirects: shortLinkRedirects(),
  // The unified (remark/rehype) processor, so the glossary plugin can mark where terms may be explained (glossaryIntegration explains them, once per page) and tables stack on a phone.
  markdown: {
    processor: unified({ rehypePlugins: [rehypeGlossary, rehypeTableLabels] }),
  },
  integrations: [mdx(), preact(), glossaryIntegration(), ...siteIntegrations()],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
