/**
 * Vitest global setup for browser tests: find (or install) Chromium, serve
 * dist/ once with the test server (production headers from dist/_headers),
 * and once more with real nginx and the generated dist/_nginx.conf where
 * nginx can be had (tests/browser/nginx.test.ts; `nginxUrl` is '' otherwise).
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { startServer } from './server.ts';
import { ensureNginx, startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    nginxUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const server = await startServer('dist');
  const found = ensureNginx();
  const nginx = 'path' in found ? await startNginx(found.path) : null;
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('nginxUrl', nginx?.url ?? '');
  return async () => {
    await server.close();
    await nginx?.close();
  };
}
