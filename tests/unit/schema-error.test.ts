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

/**
 * The build's own end is what this waits for; the limit only catches a build that hangs. It is wide
 * because a build on a busy 2-core machine took up to six minutes (#24 §3: no test fails for being slow).
 */
const HANG_GUARD = 10 * 60_000;

describe('content schema errors', () => {
  it('fail the build, naming the file and the field', { timeout: HANG_GUARD + 30_000 }, () => {
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
        timeout: HANG_GUARD,
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
