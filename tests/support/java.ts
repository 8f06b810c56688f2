/** Finds Java for the W3C Nu validator; installs Debian's JRE when missing and we are root. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureJava(): string {
  const which = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (which.status === 0) return 'java';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/etc/debian_version') && isRoot) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'openjdk-17-jre-headless'], { stdio: 'inherit', env });
    return 'java';
  }
  throw new Error('Java ontbreekt voor de HTML-validator (vnu). Installeer een Java-runtime, bijvoorbeeld: sudo apt-get install openjdk-17-jre-headless');
}
