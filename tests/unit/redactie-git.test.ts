/**
 * Saving as a commit (`npm run redactie -- --commit`, src/redactie/git.ts): in
 * a temporary git repository with a copy of content/, a save through the
 * editor commits exactly the changed file with the message
 * "Redactie: <collectie>/<id>: <velden>", leaves other changes out of the
 * commit, and commits nothing for an unchanged or refused save. Pushing and
 * opening a pull request are not tested here (no network).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFile, commitMessage } from '../../src/redactie/git';
import { editorServer } from '../../src/redactie/server';
import { useEditorServer } from '../support/editor';

let repo = '';
let dir = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'keuzehulp-git-'));
  dir = join(repo, 'content');
  cpSync('content', dir, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test Redactie');
  git('config', 'user.email', 'redactie@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Start');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const formOf = (html: string) => {
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="(?:text|number|date|hidden)" name="([^"]+)"[^>]*value="([^"]*)"/g)) form.append(m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  for (const m of html.matchAll(/<input type="checkbox" name="([^"]+)"(?: [a-z-]+="[^"]*")*? value="([^"]*)"(?: [a-z-]+="[^"]*")* checked>/g)) form.append(m[1]!, m[2]!);
  for (const m of html.split('<section id="onderdelen">')[0]!.matchAll(/<textarea name="([^"]+)"[^>]*>\n([\s\S]*?)<\/textarea>/g)) form.append(m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  for (const m of html.matchAll(/<select name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) if (!m[1]!.startsWith('onderdeel')) form.append(m[1]!, /<option selected>([^<]*)<\/option>/.exec(m[2]!)?.[1] ?? '');
  return form;
};

describe('commitFile', () => {
  it('commits exactly one file, leaving other staged and unstaged changes alone', () => {
    writeFileSync(join(dir, 'themes.yaml'), `${readFileSync(join(dir, 'themes.yaml'), 'utf8')}\n`);
    git('add', 'content/themes.yaml');
    writeFileSync(join(dir, 'questions.yaml'), `${readFileSync(join(dir, 'questions.yaml'), 'utf8')}\n`);
    writeFileSync(join(dir, 'glossary.yaml'), `${readFileSync(join(dir, 'glossary.yaml'), 'utf8')}# een opmerking\n`);
    const result = commitFile(join(dir, 'glossary.yaml'), commitMessage('glossary', 'bedrijfsarts', ['short']));
    expect(result).toMatchObject({ ok: true, message: 'Redactie: glossary/bedrijfsarts: short' });
    expect(git('show', '--name-only', '--format=%s', 'HEAD').split('\n')).toEqual(['Redactie: glossary/bedrijfsarts: short', '', 'content/glossary.yaml']);
    expect(git('diff', '--cached', '--name-only')).toBe('content/themes.yaml');
    expect(git('diff', '--name-only')).toBe('content/questions.yaml');
    git('checkout', '--quiet', 'HEAD', '--', 'content/themes.yaml', 'content/questions.yaml');
    git('reset', '--quiet');
  });

  it('says why when the file is not in a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'keuzehulp-geen-git-'));
    writeFileSync(join(outside, 'x.yaml'), 'a: 1\n');
    const result = commitFile(join(outside, 'x.yaml'), 'Redactie: x');
    expect(result.ok).toBe(false);
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('the editor with --commit', () => {
  const editor = useEditorServer(() => editorServer(dir, { commit: true }));

  const post = (path: string, form: URLSearchParams) => fetch(`${editor.base}${path}`, { method: 'POST', body: form, redirect: 'manual' });

  it('makes one commit per successful save, of that file, with the fields in the message', async () => {
    const before = git('rev-parse', 'HEAD');
    const form = formOf(await (await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`)).text());
    form.set('alias', 'Annemieke');
    const res = await post('/bewerk?c=stories&id=annemiek', form);
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toMatch(/Vastgelegd in git als [0-9a-f]+: Redactie: stories\/annemiek: alias/);
    expect(git('rev-list', '--count', `${before}..HEAD`)).toBe('1');
    expect(git('show', '--name-only', '--format=%s', 'HEAD').split('\n')).toEqual(['Redactie: stories/annemiek: alias', '', 'content/stories/annemiek.mdx']);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('commits nothing for an unchanged or a refused save', async () => {
    const before = git('rev-parse', 'HEAD');
    const form = formOf(await (await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`)).text());
    expect((await post('/bewerk?c=stories&id=annemiek', form)).status).toBe(303);
    form.set('alias', 'A');
    expect((await post('/bewerk?c=stories&id=annemiek', form)).status).toBe(422);
    expect(git('rev-parse', 'HEAD')).toBe(before);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('commits a synonyms edit as synonyms/alle', async () => {
    const html = await (await fetch(`${editor.base}/bewerk?c=synonyms&id=alle`)).text();
    const text = /<textarea name="words"[^>]*>\n([\s\S]*?)<\/textarea>/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const res = await post('/bewerk?c=synonyms&id=alle', new URLSearchParams({ words: `${text}\nwerkhervatting, weer aan het werk` }));
    expect(res.status).toBe(303);
    expect(git('log', '-1', '--format=%s')).toBe('Redactie: synonyms/alle: words');
    expect(git('show', '--name-only', '--format=', 'HEAD')).toBe('content/synonyms.yaml');
  });
});
