// factlint installed where reports live: `npm run pack`'s tarballs installed into an empty project outside the
// repository, then `npx factlint` run there against a draft and a config whose $schema points into node_modules.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fixtures, repo } from './cli-helpers.js';

const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

/**
 * package.json and package-lock.json of a reports project that depends on the two tarballs, its other packages pinned
 * as in factlint's own lock: `npm install --offline` then needs only the tarballs `npm ci` put in the npm cache.
 */
function writeReportsProject(project: string, packed: string): void {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { name?: string; dev?: boolean; link?: boolean }> };
  const dependencies: Record<string, string> = {};
  const packages: Record<string, unknown> = {};
  for (const [workspace, file] of [['schemas', 'factlint-schemas-0.1.0.tgz'], ['server', 'factlint-0.1.0.tgz']] as const) {
    const entry = lock.packages[workspace]!;
    const tarball = join(packed, file);
    const spec = `file:${relative(project, tarball)}`;
    dependencies[entry.name!] = spec;
    packages[`node_modules/${entry.name}`] = { ...entry, resolved: spec, integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}` };
  }
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key.startsWith('node_modules/') && !entry.dev && !entry.link) packages[key] = entry;
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'reports', private: true, dependencies }, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'reports', lockfileVersion: 3, requires: true, packages: { '': { name: 'reports', dependencies }, ...packages } }, null, 2));
}

/** The environment without the npm_* variables `npm test` sets, so the child npm behaves as in a user's shell. */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

describe('installing factlint in a reports repository', () => {
  it('installs from the packed tarballs into an empty project and lints a draft there with a $schema config', () => {
    const packed = temp('factlint-pack-');
    execFileSync(process.execPath, [join(repo, 'scripts/pack.mjs'), '--destination', packed], { cwd: repo, env: cleanEnv() });
    const tarballs = readdirSync(packed).sort();
    assert.deepEqual(tarballs, ['factlint-0.1.0.tgz', 'factlint-schemas-0.1.0.tgz'].sort());

    const project = temp('factlint-reports-');
    assert.ok(relative(repo, project).startsWith('..'), 'the project lies outside the repository');
    writeReportsProject(project, packed);
    const config = { $schema: './node_modules/@factlint/schemas/config.schema.json', dataset: 'data/', rules: { 'footnote-unused': 'off' } };
    writeFileSync(join(project, '.factlintrc.json'), JSON.stringify(config, null, 2));
    mkdirSync(join(project, 'data'));
    writeFileSync(join(project, 'data/facts.yaml'), readFileSync(join(fixtures, 'dataset-tiny/tiny.yaml'), 'utf8'));
    writeFileSync(join(project, 'draft.md'), '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).[^a]\n\n[^b]: Unused note.\n');

    // Offline: the tarballs from disk, their dependencies from the npm cache `npm ci` filled.
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);

    const schemaPath = join(project, config.$schema);
    assert.ok(existsSync(schemaPath), 'the $schema path of the README resolves in an installed project');
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    assert.ok(validate(config), JSON.stringify(validate.errors));
    assert.equal(validate({ ...config, rules: { cagr: 'warn' } }), false);

    const run = spawnSync('npx', ['--no-install', 'factlint', 'draft.md', '-f', 'json'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { config: { files: string[] }; dataset: { files: string[]; default: boolean }; files: { diagnostics: { ruleId: string }[] }[] };
    assert.deepEqual(report.config.files, ['.factlintrc.json']);
    assert.deepEqual(report.dataset, { files: ['data/facts.yaml'], default: false, paths: ['data'] });
    assert.deepEqual(report.files[0]!.diagnostics.map((d) => d.ruleId).sort(), ['cagr', 'footnote-undefined']);
  });
});
