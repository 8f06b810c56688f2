/**
 * A schema error must fail the build with a message that names the file and
 * the field. Builds a fixture content folder with one page missing `summary`.
 * (The same schemas outside Astro, with Dutch messages: tests/unit/content-model.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('content schema errors', () => {
  it('fail the build, naming the file and the field', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'keuzehulp-schema-'));
    try {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(tmp, 'dist')], {
        env: {
          ...process.env,
          CONTENT_DIR: 'tests/fixtures/broken-content',
          ASTRO_CACHE_DIR: join(tmp, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain('tests/fixtures/broken-content/pages/kapotte-pagina.mdx');
      expect(output).toMatch(/summary/);
      expect(output).toContain('does not match collection schema');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
