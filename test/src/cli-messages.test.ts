// CLI messages a new user meets first: dataset and config errors that name the right entry and what was found, JSON
// syntax errors located where they start, unmatched globs, --quiet with --max-warnings, the report folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, CLEAN, repo, tree, UNDEFINED, UNUSED } from './cli-helpers.js';

const DATASET_HEAD = 'sources:\n  - { id: s1, title: S }\nentities:\n  - { id: e1, name: E, kind: university }\nmetrics:\n  - { id: m1, label: M, unit: count }\nobservations:\n';

describe('factlint CLI: dataset and config messages', () => {
  it('a dataset error after a dropped record names its own index, not its index among the kept ones', () => {
    const dir = tree({
      'a.md': CLEAN,
      'd.yaml': DATASET_HEAD + '  - { entity: e1, metric: m1, year: 1850, value: 1, source: s1 }\n  - { entity: nobody, metric: m1, year: 2020, value: 1, source: s1 }\n',
    });
    const run = cli(['--dataset', 'd.yaml', 'a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^d\.yaml:8:\d+: observations\[0\]\.year: /m);
    assert.match(run.stderr, /^d\.yaml:9:15: observations\[1\]\.entity: unknown entity id "nobody"$/m);
  });

  it('a value of the wrong type says what was found; a missing one says it is missing', () => {
    const dir = tree({
      'a.md': CLEAN,
      'd.yaml': DATASET_HEAD + '  - { entity: e1, metric: m1, year: "2025", value: "lots", source: s1 }\n  - { metric: m1, year: 2020, value: 1, source: s1 }\n',
    });
    const run = cli(['--dataset', 'd.yaml', 'a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^d\.yaml:8:\d+: observations\[0\]\.year: expected number, got string "2025"$/m);
    assert.match(run.stderr, /^d\.yaml:8:\d+: observations\[0\]\.value: expected number, got string "lots"$/m);
    assert.match(run.stderr, /^d\.yaml:9:\d+: observations\[1\]\.entity: expected string, but it is missing$/m);
    const config = cli(['a.md'], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.json': '{ "ignore": "drafts/**" }' }) });
    assert.equal(config.code, 2);
    assert.match(config.stderr, /^\.factlintrc\.json:1:\d+: ignore: expected array, got "drafts\/\*\*"$/m);
  });
});

describe('factlint CLI: paths that match nothing (as ESLint)', () => {
  it('an unmatched glob or missing path is an error, but the other files are still linted and reported', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN });
    const run = cli(['*.md', 'nothing/**/*.md', 'missing.md', '-f', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.deepEqual((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['a.md', 'b.md']);
    assert.match(run.stderr, /^factlint: error: no files match the pattern "nothing\/\*\*\/\*\.md" \(--no-error-on-unmatched-pattern makes this a warning\)$/m);
    assert.match(run.stderr, /^factlint: error: no such file or folder: missing\.md/m);
  });

  it('--no-error-on-unmatched-pattern turns it into a warning: the exit code is the findings\'', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN });
    const findings = cli(['*.md', 'nothing/*.md', '--no-error-on-unmatched-pattern'], { cwd: dir });
    assert.equal(findings.code, 1);
    assert.match(findings.stderr, /^factlint: warning: no files match the pattern "nothing\/\*\.md"$/m);
    assert.equal(cli(['b.md', 'nothing/*.md', '--no-error-on-unmatched-pattern'], { cwd: dir }).code, 0);
  });
});

describe('factlint CLI: --help agrees with the code and the README', () => {
  it('the worker-thread thresholds in --help and the README are the ones the pool uses', async () => {
    const { PARALLEL_MIN_CHARS, PARALLEL_MIN_CORES } = await import('../../server/dist/cli/pool.js');
    const megabytes = `~${PARALLEL_MIN_CHARS / 1_000_000} MB`;
    const help = cli(['--help'], { cwd: tree({}) }).stdout.replace(/\s+/g, ' ');
    assert.match(help, new RegExp(`with ${PARALLEL_MIN_CORES} or more, from ${megabytes} of Markdown`));
    const readme = readFileSync(join(repo, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    assert.match(readme, new RegExp(`per extra core once there is ${megabytes} of Markdown`));
    assert.equal(PARALLEL_MIN_CORES, 2, 'the README says "a worker thread per extra core" from 2 cores');
  });
});

describe('factlint CLI: --quiet with --max-warnings', () => {
  it('the summary says the warnings --quiet hid still count for --max-warnings', () => {
    const dir = tree({ 'a.md': UNUSED, 'b.md': UNUSED });
    const run = cli(['--quiet', '--max-warnings', '0'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^0 problems \(0 errors, 0 warnings, 0 infos\) in 2 files; 2 warnings hidden by --quiet, still counted by --max-warnings$/m);
    assert.match(run.stderr, /too many warnings \(2, hidden by --quiet; --max-warnings 0\)/);
    const json = JSON.parse(cli(['--quiet', '-f', 'json'], { cwd: dir }).stdout) as { summary: { warnings: number; hiddenWarnings: number } };
    assert.deepEqual([json.summary.warnings, json.summary.hiddenWarnings], [0, 2]);
    assert.doesNotMatch(cli([], { cwd: dir }).stdout, /hidden/);
  });
});

describe('factlint CLI: JSON syntax errors', () => {
  it('a .factlintrc.json with an unclosed quote on line 2 is a JSON syntax error at 2, not a YAML one further down', () => {
    const dir = tree({ 'a.md': CLEAN, '.factlintrc.json': '{\n  "dataset": "data,\n  "rules": {\n    "cagr": "off"\n  }\n}\n' });
    const run = cli(['a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, '.factlintrc.json:2:14: JSON syntax error: unclosed string: a JSON string ends with " on the line it starts\n');
  });

  it('a JSON dataset with a trailing comma is a JSON syntax error at the comma\'s line', () => {
    const dir = tree({ 'a.md': CLEAN, 'd.json': '{\n  "sources": [\n    { "id": "s1", "title": "S" },\n  ]\n}\n' });
    const run = cli(['--dataset', 'd.json', 'a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^d\.json:4:3: JSON syntax: a comma before "\]" \(JSON allows no trailing comma\)$/m);
  });
});

describe('factlint CLI: dataset paths and report paths', () => {
  it('a dataset named in a config that does not exist is reported at its entry in the config', () => {
    const yaml = cli(['a.md'], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'rules: {}\ndataset:\n  - data/facts.yaml\n  - data/missing.yaml\n', 'data/facts.yaml': 'sources: []\n' }) });
    assert.equal(yaml.code, 2);
    assert.equal(yaml.stderr, '.factlintrc.yaml:4:5: dataset: cannot read the dataset data/missing.yaml: no such file or folder\n');
    const json = cli(['a.md'], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.json': '{\n  "dataset": "nowhere/"\n}\n' }) });
    assert.equal(json.code, 2);
    assert.equal(json.stderr, '.factlintrc.json:2:14: dataset: cannot read the dataset nowhere: no such file or folder\n');
  });

  it('-o creates the folders of the report file', () => {
    const dir = tree({ 'a.md': UNDEFINED });
    const run = cli(['-f', 'sarif', '-o', 'dir/that/does-not-exist/report.sarif'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal((JSON.parse(readFileSync(join(dir, 'dir/that/does-not-exist/report.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
  });
});
