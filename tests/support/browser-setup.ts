/** Vitest global setup for browser tests: find (or install) Chromium and serve dist/ once. */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const server = await startServer('dist');
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
