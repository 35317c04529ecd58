// Helpers of the CLI tests: run the built CLI as a child process in temp folders made of real files.
import { after } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(repo, 'server/bin/factlint.js');
export const fixtures = join(repo, 'test/fixtures/cli');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string;
  env?: Record<string, string>;
  uid?: number;
  nodeArgs?: string[];
}

/** Runs `node server/bin/factlint.js …args` with colours off unless the test sets them. */
export function cli(args: readonly string[], options: RunOptions): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding `files` (path → content), removed after the test file. */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-cli-'));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export const CLEAN = '# Report\n\nThe programme began in 2019 with a small team.\n';
/** Line 3: a footnote call without definition (footnote-undefined, error at 3:20–3:30). */
export const UNDEFINED = '# Report\n\nThe team grew fast.[^missing]\n';
/** Line 5: a definition never cited (footnote-unused, warning at 5:1). */
export const UNUSED = '# Report\n\nThe team grew fast.\n\n[^old]: An old note.\n';
