// End-to-end tests of the built factlint CLI (node server/bin/factlint.js) on real files: formats, exit codes, config, discovery, stdin.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, cli, CLEAN, fixtures, repo, tree, UNDEFINED, UNUSED } from './cli-helpers.js';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { escapeData, escapeProperty } from '../../server/dist/cli/formatters/github.js';

const version = (JSON.parse(readFileSync(join(repo, 'server/package.json'), 'utf8')) as { version: string }).version;





/** A CAGR the cagr rule recomputes (287 → 638 over 9 years is 9.3%) and fixes. */
const CAGR = '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n';

interface JsonReport {
  version: string;
  dataset: { files: string[]; default: boolean; paths: string[] };
  files: {
    path: string;
    diagnostics: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; stated: string | null; expected: string | null; reason: string | null; fix: { title: string; edits: { newText: string }[] } | null }[];
    coverage: { claims: number; verified: number; mismatched: number; unverified: number };
  }[];
  summary: { files: number; problems: number; errors: number; warnings: number; infos: number };
}

describe('factlint CLI: basics', () => {
  it('--version prints the package version and --help the usage', () => {
    const dir = tree({});
    const v = cli(['--version'], { cwd: dir });
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), version);
    const h = cli(['--help'], { cwd: dir });
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: factlint/);
    assert.match(h.stdout, /--format NAME/);
  });

  it('exits 0 on a clean file, prints the summary and says once that the default dataset is used', () => {
    const dir = tree({ 'clean.md': CLEAN });
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^0 problems \(0 errors, 0 warnings, 0 infos\) in 1 file$/m);
    assert.match(run.stdout, /^claims: \d+ checked, \d+ verified, \d+ mismatched, \d+ unverified$/m);
    assert.match(run.stdout, /^dataset: the default dataset \(9 files, from the seed documents\)$/m);
    const notes = run.stderr.split('\n').filter((l) => l.includes('default dataset'));
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /^factlint: using the default dataset \(9 files, from the seed documents\); name yours with --dataset or "dataset" in \.factlintrc$/);
  });

  it('stylish: exits 1 on findings, one line per finding starting with path:line:col', () => {
    const dir = tree({ 'docs/a.md': UNDEFINED, 'docs/b.md': UNUSED, 'clean.md': CLEAN });
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const findings = run.stdout.split('\n').filter((l) => /^\S+\.md:\d+:\d+\s/.test(l));
    assert.equal(findings.length, 2);
    assert.match(findings[0]!, /^docs\/a\.md:3:20\s+error\s+footnote-undefined\s+Footnote \[\^missing\] is cited but never defined/);
    assert.match(findings[1]!, /^docs\/b\.md:5:1\s+warning\s+footnote-unused\s+Footnote \[\^old\] is defined but never cited/);
    assert.match(run.stdout, /^2 problems \(1 error, 1 warning, 0 infos\) in 3 files$/m);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colours when stdout is not a terminal');
  });

  it('colours only when forced (FORCE_COLOR) and not with NO_COLOR', () => {
    const dir = tree({ 'a.md': UNDEFINED });
    assert.match(cli([], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31merror/);
    assert.doesNotMatch(cli([], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = tree({ 'a.md': UNDEFINED });
    const run = cli(['-f', 'json', '-o', 'report.json', 'a.md'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as JsonReport;
    assert.equal(report.files[0]!.path, 'a.md');
  });
});

describe('factlint CLI: formats', () => {
  it('json: files, located diagnostics, coverage, summary and the default dataset', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': UNUSED, 'c.md': CAGR });
    const run = cli(['--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '', 'json reports the dataset in the output, not on stderr');
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.version, version);
    assert.equal(report.dataset.default, true);
    assert.ok(report.dataset.files.some((f) => f.endsWith('default-dataset/entities.yaml')), report.dataset.files.join());
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['a.md', 'b.md', 'c.md'],
    );
    const [a, b, c] = report.files;
    assert.deepEqual(
      { ...a!.diagnostics[0]!, message: undefined, reason: undefined },
      { ruleId: 'footnote-undefined', severity: 'error', line: 3, column: 20, endLine: 3, endColumn: 30, message: undefined, stated: '[^missing]', expected: null, reason: undefined, related: [], fix: null },
    );
    assert.equal(b!.diagnostics[0]!.ruleId, 'footnote-unused');
    assert.equal(b!.diagnostics[0]!.severity, 'warning');
    const cagr = c!.diagnostics.find((d) => d.ruleId === 'cagr');
    assert.ok(cagr, 'the cagr rule flags 8.3%');
    assert.equal(cagr.stated, '8.3%');
    assert.equal(cagr.expected, '9.3%');
    assert.equal(cagr.fix?.edits[0]?.newText, '9.3%');
    assert.ok(c!.coverage.claims >= 1);
    assert.equal(report.summary.files, 3);
    assert.equal(report.summary.errors, 2);
    assert.equal(report.summary.warnings, 1);
  });

  it('sarif: validates against the official SARIF 2.1.0 schema, with rules, results, fixes and the dataset', () => {
    const dir = tree({ 'drafts/a.md': UNDEFINED + '\n' + UNUSED.replace('# Report\n', ''), 'drafts/cagr.md': CAGR });
    const run = cli(['-f', 'sarif'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as any;

    const schema = JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')) as { $schema: string };
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ allErrors: true, strict: false });
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2));

    assert.equal(log.version, '2.1.0');
    const sarifRun = log.runs[0];
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'factlint');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\//);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('footnote-undefined') && ids.includes('cagr'));
    const undefinedRule = driver.rules[ids.indexOf('footnote-undefined')];
    assert.equal(undefinedRule.helpUri, 'https://github.com/factlint/factlint/blob/main/docs/rules/footnote-undefined.md');
    assert.equal(undefinedRule.defaultConfiguration.level, 'error');
    assert.ok(undefinedRule.shortDescription.text.length > 0 && undefinedRule.fullDescription.text.length > 0);

    const results = sarifRun.results as any[];
    for (const result of results) assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    const undefinedResult = results.find((r) => r.ruleId === 'footnote-undefined');
    assert.equal(undefinedResult.level, 'error');
    assert.deepEqual(undefinedResult.locations[0].physicalLocation.artifactLocation, { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(undefinedResult.locations[0].physicalLocation.region, { startLine: 3, startColumn: 20, endLine: 3, endColumn: 30 });
    assert.equal(results.find((r) => r.ruleId === 'footnote-unused').level, 'warning');
    const cagr = results.find((r) => r.ruleId === 'cagr');
    assert.ok(cagr, 'the cagr rule flags 8.3%');
    const replacement = cagr.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(replacement.insertedContent.text, '9.3%');
    assert.deepEqual(replacement.deletedRegion, { startLine: 3, startColumn: 68, endLine: 3, endColumn: 72 });
    assert.equal(sarifRun.properties.dataset.default, true);
    assert.ok(sarifRun.properties.dataset.files.length > 0);
  });

  it('github: workflow command annotations with escaped properties, and a summary naming the dataset', () => {
    const dir = tree({ 'a, b: c.md': UNDEFINED, 'b.md': UNUSED });
    const run = cli(['-f', 'github', '--rule', 'footnote-unused=info'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines[0]!, /^::error file=a%2C b%3A c\.md,line=3,col=20,endLine=3,endColumn=30,title=factlint footnote-undefined::Footnote \[\^missing\] is cited but never defined/);
    assert.match(lines[1]!, /^::notice file=b\.md,line=5,col=1,endLine=5,endColumn=\d+,title=factlint footnote-unused::/);
    assert.match(lines.at(-1)!, /^factlint: 2 problems .*dataset: the default dataset \(9 files/);
    assert.equal(escapeData('50% of\r\nx'), '50%25 of%0D%0Ax');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });
});

describe('factlint CLI: exit codes and options', () => {
  it('a bad config exits 2 with FILE:line:col messages and nothing on stdout', () => {
    const dir = tree({ 'a.md': CLEAN, '.factlintrc.json': '{\n  "rules": {\n    "footnote-undefined": "fatal"\n  },\n  "datasett": "x"\n}\n' });
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^\.factlintrc\.json:3:27: rules\.footnote-undefined: expected a severity/m);
    assert.match(run.stderr, /^\.factlintrc\.json:5:3: configuration: unknown field "datasett"/m);
  });

  it('a YAML syntax error and an unknown rule id in a config are located', () => {
    const syntax = cli([], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'rules: {a: [\n' }) });
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /^\.factlintrc\.yaml:\d+:\d+: YAML syntax error: /m);
    const unknown = cli([], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'rules:\n  footnote-unused: off\n  no-such-rule: error\n' }) });
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^\.factlintrc\.yaml:3:3: rules\.no-such-rule: unknown rule "no-such-rule"/m);
  });

  it('a folder named on the command line is linted even when .gitignore excludes it; an empty run warns', () => {
    const dir = tree({ '.gitignore': 'generated/\n', 'generated/report.md': UNDEFINED, 'generated/.gitignore': 'old.md\n', 'generated/old.md': UNDEFINED, 'empty/notes.txt': 'x' });
    const named = cli(['generated', '-f', 'json'], { cwd: dir });
    assert.equal(named.code, 1, named.stderr);
    assert.deepEqual((JSON.parse(named.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['generated/report.md']);
    const walked = cli(['-f', 'json'], { cwd: dir });
    assert.equal(walked.code, 0);
    assert.match(walked.stderr, /warning: no Markdown files to lint/);
  });

  it("factlint's own documentation passes factlint (its examples sit in code, its numbers are consistent)", () => {
    const run = cli(['README.md', 'CHANGELOG.md', 'docs', 'bench/README.md', 'samples/README.md', '-f', 'json'], { cwd: repo });
    assert.equal(run.code, 0, run.stdout);
    assert.equal((JSON.parse(run.stdout) as { summary: { problems: number } }).summary.problems, 0);
  });

  it('rule options are validated by the rule and located in the config', () => {
    const config = 'rules:\n  breakdown-sum:\n    severity: warning\n    tolerence: 1\n  cagr:\n    places: 2\n';
    const run = cli([], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': config }) });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^\.factlintrc\.yaml:4:5: rules\.breakdown-sum\.tolerence: unknown option "tolerence" for rule "breakdown-sum"/m);
    assert.match(run.stderr, /^\.factlintrc\.yaml:6:5: rules\.cagr\.places: unknown option "places": rule "cagr" takes no options/m);
    const good = cli([], { cwd: tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'rules:\n  breakdown-sum: { severity: warning, tolerance: 1 }\n' }) });
    assert.equal(good.code, 0, good.stderr);
  });

  it('a bad dataset given with --dataset exits 2 with each problem as FILE:line:col', () => {
    const dir = tree({ 'a.md': CLEAN });
    for (const format of ['stylish', 'json']) {
      const run = cli(['--dataset', join(fixtures, 'dataset-bad'), '-f', format], { cwd: dir });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 2, run.stderr);
      assert.match(lines[0]!, /dataset-bad\/bad\.yaml:14:13: observations\[0\]\.entity: unknown entity id "no-such-entity"$/);
      assert.match(lines[1]!, /dataset-bad\/bad\.yaml:17:12: observations\[0\]\.value: 120 is outside 0–100 for percent metric "test-share", a share$/);
    }
    const missing = cli(['--dataset', 'nowhere'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read the dataset nowhere/);
  });

  it('a missing path, an unmatched glob and an unknown option exit 2', () => {
    const dir = tree({ 'a.md': CLEAN });
    const missing = cli(['a.md', 'missing.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder: missing\.md/);
    const glob = cli(['nothing/**/*.md'], { cwd: dir });
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /no files match the pattern "nothing\/\*\*\/\*\.md"/);
    const option = cli(['--no-such-option'], { cwd: dir });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /Unknown option '--no-such-option'/);
    assert.equal(cli(['--format', 'xml'], { cwd: dir }).code, 2);
    assert.equal(cli(['--shard', '4/3'], { cwd: dir }).code, 2);
  });

  it('an unreadable file exits 2', () => {
    const dir = tree({ 'a.md': CLEAN, 'locked.md': CLEAN });
    chmodSync(join(dir, 'locked.md'), 0o000);
    chmodSync(dir, 0o755);
    // root reads anything: run the CLI as "nobody" then, for whom the file is unreadable.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)}, require('fs').constants.R_OK)`], { uid: 65534, gid: 65534 });
      assert.equal(probe.status, 0, 'running as root: user "nobody" must be able to read the checkout for this test');
    }
    const run = cli(['a.md', 'locked.md'], { cwd: dir, ...(asRoot ? { uid: 65534 } : {}) });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /cannot read locked\.md: permission denied \(EACCES\)/);
  });

  it('--max-warnings: warnings alone pass by default and fail above the limit', () => {
    const dir = tree({ 'a.md': UNUSED });
    assert.equal(cli([], { cwd: dir }).code, 0);
    assert.equal(cli(['--max-warnings', '1'], { cwd: dir }).code, 0);
    const over = cli(['--max-warnings', '0'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings \(1; --max-warnings 0\)/);
  });

  it('--quiet reports errors only', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': UNUSED });
    const run = cli(['--quiet', '-f', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)),
      ['footnote-undefined'],
    );
    const onlyWarnings = cli(['--quiet'], { cwd: tree({ 'b.md': UNUSED }) });
    assert.equal(onlyWarnings.code, 0);
    assert.doesNotMatch(onlyWarnings.stdout, /footnote-unused/);
  });

  it('--rule overrides severities (config ones included) and rejects unknown rules', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': UNUSED, '.factlintrc.json': '{ "rules": { "footnote-unused": "error" } }' });
    assert.equal(cli(['b.md', '--max-warnings', '0'], { cwd: dir }).code, 1);
    const demoted = cli(['--rule', 'footnote-undefined=warning', '--rule', 'footnote-unused=off'], { cwd: dir });
    assert.equal(demoted.code, 0, demoted.stdout);
    assert.match(demoted.stdout, /^a\.md:3:20\s+warning\s+footnote-undefined/m);
    assert.doesNotMatch(demoted.stdout, /footnote-unused/);
    const unknown = cli(['--rule', 'no-such-rule=error'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
  });
});

describe('factlint CLI: configuration discovery', () => {
  it('the nearest config wins, extending those above it; --config overrides discovery', () => {
    const dir = tree({
      '.factlintrc.json': '{ "rules": { "footnote-undefined": "off", "footnote-unused": "off" } }',
      'top.md': UNDEFINED + '\n[^old]: unused\n',
      'sub/.factlintrc.yaml': 'rules:\n  footnote-undefined: warning\n',
      'sub/deep/nested.md': UNDEFINED + '\n[^old]: unused\n',
      'pkg/package.json': '{ "name": "x", "factlint": { "rules": { "footnote-undefined": "info" } } }',
      'pkg/p.md': UNDEFINED,
      'nokey/package.json': '{ "name": "no-factlint-key" }',
      'nokey/n.md': UNDEFINED,
      'other.yml': 'rules:\n  footnote-unused: error\n',
    });
    const run = cli(['-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as JsonReport;
    const found = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.ruleId}:${d.severity}`).sort()]));
    assert.deepEqual(found, {
      'nokey/n.md': [], // package.json without "factlint": the root config applies
      'pkg/p.md': ['footnote-undefined:info'],
      'sub/deep/nested.md': ['footnote-undefined:warning'], // the root's "footnote-unused": "off" still applies
      'top.md': [],
    });
    assert.equal(run.code, 0);

    const explicit = cli(['-f', 'json', '--config', 'other.yml'], { cwd: dir });
    const all = (JSON.parse(explicit.stdout) as JsonReport).files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.ruleId}:${d.severity}`));
    assert.deepEqual(all.sort(), ['nokey/n.md:footnote-undefined:error', 'pkg/p.md:footnote-undefined:error', 'sub/deep/nested.md:footnote-undefined:error', 'sub/deep/nested.md:footnote-unused:error', 'top.md:footnote-undefined:error', 'top.md:footnote-unused:error']);
    assert.equal(cli(['--config', 'missing.json'], { cwd: dir }).code, 2);
  });

  it('config datasets resolve against the config file, --dataset overrides them', () => {
    // The dataset lies outside the config's folder but inside the repository (the folder holding .git).
    const dir = tree({ '.git/HEAD': 'ref: refs/heads/main\n', 'project/.factlintrc.yaml': `dataset: ../data\n`, 'project/a.md': CLEAN, 'data/tiny.yaml': readFileSync(join(fixtures, 'dataset-tiny/tiny.yaml'), 'utf8') });
    const run = cli(['-f', 'json', 'project'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.dataset, { files: ['data/tiny.yaml'], default: false, paths: ['data'] });
    const stylish = cli(['project'], { cwd: dir });
    assert.doesNotMatch(stylish.stderr, /default dataset/);
    assert.match(stylish.stdout, /^dataset: data \(1 file\)$/m);
    const overridden = JSON.parse(cli(['-f', 'json', '--dataset', join(fixtures, 'dataset-tiny/tiny.yaml'), 'project'], { cwd: dir }).stdout) as JsonReport;
    assert.match(overridden.dataset.files[0]!, /test\/fixtures\/cli\/dataset-tiny\/tiny\.yaml$/);
  });
});

describe('factlint CLI: which files', () => {
  it('honours .gitignore (root and nested), .factlintignore and config ignore globs; never node_modules', () => {
    const dir = tree({
      '.gitignore': 'build/\n*.draft.md\n',
      '.factlintignore': 'private/\n',
      '.factlintrc.json': '{ "ignore": ["generated/**", "notes/skip.md"] }',
      'a.md': CLEAN,
      'b.draft.md': UNDEFINED,
      'build/out.md': UNDEFINED,
      'private/secret.md': UNDEFINED,
      'generated/x/gen.md': UNDEFINED,
      'notes/skip.md': UNDEFINED,
      'notes/keep.markdown': CLEAN,
      'notes/.gitignore': 'local.md\n!kept.draft.md\n',
      'notes/local.md': UNDEFINED,
      'notes/kept.draft.md': CLEAN,
      'node_modules/pkg/readme.md': UNDEFINED,
      'sub/node_modules/x.md': UNDEFINED,
      'docs/readme.txt': 'not markdown',
    });
    const run = cli(['-f', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonReport).files.map((f) => f.path),
      ['a.md', 'notes/keep.markdown', 'notes/kept.draft.md'],
    );
    // A folder expands the same way; a named file ignored by .factlintignore is skipped with a warning.
    const folder = JSON.parse(cli(['-f', 'json', 'notes', 'private/secret.md'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(
      folder.files.map((f) => f.path),
      ['notes/keep.markdown', 'notes/kept.draft.md'],
    );
    assert.match(cli(['private/secret.md'], { cwd: dir }).stderr, /private\/secret\.md is ignored by a \.factlintignore file/);
    // A .gitignored file named explicitly is linted.
    assert.equal(cli(['build/out.md'], { cwd: dir }).code, 1);
  });

  it('globs expand with tinyglobby and still honour the ignore files', () => {
    const dir = tree({ '.gitignore': 'drafts/old.md\n', 'drafts/a.md': UNDEFINED, 'drafts/old.md': UNDEFINED, 'drafts/deep/b.md': CLEAN, 'c.md': UNDEFINED });
    const report = JSON.parse(cli(['-f', 'json', 'drafts/**/*.md'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['drafts/a.md', 'drafts/deep/b.md'],
    );
  });

  it('reads stdin with "-", naming it (and finding its config) by --stdin-filename', () => {
    const dir = tree({ 'sub/.factlintrc.json': '{ "rules": { "footnote-undefined": "warning" } }' });
    const run = cli(['-', '--stdin-filename', 'sub/draft.md'], { cwd: dir, input: UNDEFINED });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^sub\/draft\.md:3:20\s+warning\s+footnote-undefined/m);
    const plain = cli(['-', '-f', 'json'], { cwd: dir, input: UNDEFINED });
    assert.equal(plain.code, 1);
    assert.equal((JSON.parse(plain.stdout) as JsonReport).files[0]!.path, '<stdin>');
    assert.equal(cli(['-', 'a.md'], { cwd: dir }).code, 2);
    assert.equal(cli(['--stdin-filename', 'x.md'], { cwd: dir }).code, 2);
  });
});
