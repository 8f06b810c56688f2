/**
 * Saving as a commit (`npm run redactie -- --commit`, or REDACTIE_COMMIT=1):
 * after a successful save the editor commits exactly the changed file, with
 * the message "Redactie: <collectie>/<id>: <velden>". Other changes in the
 * checkout (staged or not) stay out of the commit. Pushing and opening a pull
 * request stay with the maintainer (README.md, "Editing in the browser").
 */
import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';

export type CommitResult = { ok: true; hash: string; message: string } | { ok: false; reason: string };

/** The commit message of a save: "Redactie: pages/over: summary, body". */
export function commitMessage(collection: string, id: string, fields: readonly string[]): string {
  return `Redactie: ${collection}/${id}: ${fields.join(', ')}`;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Commit one file, and only that file, in the repository it lives in. */
export function commitFile(file: string, message: string): CommitResult {
  const path = resolve(file);
  try {
    const root = git(dirname(path), ['rev-parse', '--show-toplevel']);
    const inRepo = relative(root, path);
    git(root, ['add', '--', inRepo]);
    // A pathspec commits only this file, whatever else is staged.
    git(root, ['commit', '--quiet', '-m', message, '--only', '--', inRepo]);
    return { ok: true, hash: git(root, ['rev-parse', '--short', 'HEAD']), message };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return { ok: false, reason: stderr || String(error) };
  }
}
