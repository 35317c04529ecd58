// Configuration as a CI maintainer meets it: nested configs that extend, discovery bounded by the repository,
// the config named in the summary, and datasets outside the project refused unless the command line names them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli, CLEAN, fixtures, tree, UNDEFINED, UNUSED } from './cli-helpers.js';

const TINY = readFileSync(join(fixtures, 'dataset-tiny/tiny.yaml'), 'utf8');
const GIT = { '.git/HEAD': 'ref: refs/heads/main\n' };

interface Report {
  dataset: { files: string[]; default: boolean };
  config: { files: string[] };
  files: { path: string; diagnostics: { ruleId: string; severity: string }[] }[];
}

const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('factlint CLI: nested configs extend the ones above', () => {
  it('a nested config with only rules keeps the project dataset (never the default one) and the rules above', () => {
    const dir = tree({
      ...GIT,
      '.factlintrc.json': '{ "dataset": "data/", "rules": { "footnote-unused": "off" } }',
      'data/tiny.yaml': TINY,
      'drafts/.factlintrc.json': '{ "rules": { "cagr": "off" } }',
      'drafts/a.md': UNDEFINED + '\n[^old]: unused\n',
    });
    const run = cli(['-f', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const report = json(run.stdout);
    assert.deepEqual(report.dataset, { files: ['data/tiny.yaml'], default: false, paths: ['data'] });
    assert.deepEqual(report.files[0]!.diagnostics.map((d) => d.ruleId), ['footnote-undefined']);
    assert.deepEqual(report.config.files, ['drafts/.factlintrc.json', '.factlintrc.json']);
    assert.doesNotMatch(run.stderr, /default dataset/);
    const stylish = cli([], { cwd: dir });
    assert.match(stylish.stdout, /^config: drafts\/\.factlintrc\.json \(extends \.factlintrc\.json\)$/m);
  });

  it('"root": true stops the chain; a bare severity keeps the options set above', () => {
    const dir = tree({
      ...GIT,
      '.factlintrc.yaml': 'rules:\n  footnote-unused: off\n  breakdown-sum: { severity: warning, tolerance: 1 }\n',
      'own/.factlintrc.yaml': 'root: true\n',
      'own/a.md': UNUSED,
      'sub/.factlintrc.yaml': 'rules:\n  breakdown-sum: error\n',
      'sub/b.md': UNUSED,
    });
    const report = json(cli(['-f', 'json'], { cwd: dir }).stdout);
    const found = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)]));
    assert.deepEqual(found, { 'own/a.md': ['footnote-unused'], 'sub/b.md': [] });
    const printed = cli(['--print-config', 'sub/b.md'], { cwd: dir });
    assert.equal(printed.code, 0, printed.stderr);
    assert.deepEqual((JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules['breakdown-sum'], { severity: 'error', tolerance: 1 });
  });
});

describe('factlint CLI: discovery stops at the repository root', () => {
  it('a config above the repository does not apply unless --config-above-repo; the summary names the config in use', () => {
    const dir = tree({ '.factlintrc.json': '{ "rules": { "footnote-undefined": "off" } }', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/a.md': UNDEFINED });
    const inside = cli([], { cwd: join(dir, 'repo') });
    assert.equal(inside.code, 1, inside.stdout);
    assert.match(inside.stdout, /^config: none \(defaults\)$/m);
    const above = cli(['--config-above-repo'], { cwd: join(dir, 'repo') });
    assert.equal(above.code, 0, above.stdout);
    assert.match(above.stdout, new RegExp(`^config: ${join(dir, '.factlintrc.json')}$`, 'm'));
  });
});

describe('factlint CLI: datasets outside the project', () => {
  it('a config naming a dataset outside its folder and repository is refused at its entry; --dataset may name it', () => {
    const outside = tree({ 'facts.yaml': TINY });
    const dir = tree({ ...GIT, 'a.md': CLEAN, '.factlintrc.json': `{\n  "dataset": ${JSON.stringify(join(outside, 'facts.yaml'))}\n}\n` });
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^\.factlintrc\.json:2:14: dataset: \S+facts\.yaml is outside the project \(the repository and the config's folder\); name it on the command line with --dataset to use it$/m);
    assert.doesNotMatch(run.stderr, /entities|sources/, 'nothing of the file is read or quoted');
    assert.equal(cli(['--dataset', join(outside, 'facts.yaml')], { cwd: dir }).code, 0);
    const etc = cli([], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'dataset: /etc/passwd\n' }) });
    assert.equal(etc.code, 2);
    assert.match(etc.stderr, /^\.factlintrc\.yaml:1:10: dataset: \/etc\/passwd is outside the project \(the config's folder\)/m);
    assert.doesNotMatch(etc.stderr, /root:/);
  });

  it('a symbolic link inside the project does not carry a dataset out of it', () => {
    const outside = tree({ 'facts.yaml': TINY });
    const dir = tree({ ...GIT, 'a.md': CLEAN, '.factlintrc.yaml': 'dataset: data/facts.yaml\n' });
    symlinkSync(outside, join(dir, 'data'));
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^\.factlintrc\.yaml:1:10: dataset: \S+ is outside the project/m);
  });
});

describe('factlint CLI: every config problem at once', () => {
  it('a bad severity no longer hides the unknown rule and the bad option below it; ESLint spellings get the right word', () => {
    const config = 'rules:\n  cagr: warn\n  share: 2\n  no-such-rule: error\n  breakdown-sum:\n    severity: warning\n    tolerence: 1\n';
    const run = cli(['a.md'], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': config }) });
    assert.equal(run.code, 2);
    assert.deepEqual(run.stderr.trimEnd().split('\n').map((l) => l.replace(/ \(known: .*\)$/, '')), [
      '.factlintrc.yaml:2:9: rules.cagr: expected a severity ("off", "info", "warning" or "error") or { "severity": …, …options }, got "warn" (did you mean "warning"?)',
      '.factlintrc.yaml:3:10: rules.share: expected a severity ("off", "info", "warning" or "error") or { "severity": …, …options }, got number 2 (did you mean "error"?)',
      '.factlintrc.yaml:4:3: rules.no-such-rule: unknown rule "no-such-rule"',
      '.factlintrc.yaml:7:5: rules.breakdown-sum.tolerence: unknown option "tolerence" for rule "breakdown-sum"',
    ]);
    const flag = cli(['a.md', '--rule', 'cagr=warn'], { cwd: tree({ 'a.md': CLEAN }) });
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /--rule expects ID=SEVERITY .* \(got "cagr=warn"\) \(did you mean "warning"\?\)/);
  });
});
