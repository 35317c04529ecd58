// Conventions users bring from ESLint, markdownlint-cli2 and Vale: --list-rules, --print-config, negated globs,
// --ignore-path, --no-ignore, and the reason behind each finding in the stylish output.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cli, CLEAN, tree } from './cli-helpers.js';
import { allRules } from '../../server/dist/engine/rules/index.js';

describe('factlint CLI: --list-rules and --print-config', () => {
  it('--list-rules lists every rule with its default severity, whether it is fixable and its description', () => {
    const dir = tree({});
    const table = cli(['--list-rules'], { cwd: dir });
    assert.equal(table.code, 0);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^rule\s+default\s+fixable\s+description$/);
    assert.equal(lines.length, allRules.length + 1);
    assert.match(table.stdout, /^cagr\s+error\s+yes\s+A stated CAGR does not follow from its start and end values\.$/m);
    assert.match(table.stdout, /^footnote-unused\s+warning\s+no\s+A footnote is defined but never cited\.$/m);
    const json = JSON.parse(cli(['--list-rules', '-f', 'json'], { cwd: dir }).stdout) as { id: string; defaultSeverity: string; fixable: boolean; description: string }[];
    assert.deepEqual(json.map((r) => r.id), allRules.map((r) => r.id));
    assert.deepEqual(json.find((r) => r.id === 'unverified'), { id: 'unverified', defaultSeverity: 'off', fixable: false, description: allRules.find((r) => r.id === 'unverified')!.docs.description });
  });

  it('--print-config FILE prints the configs, dataset and every rule setting that apply to FILE, --rule included', () => {
    const dir = tree({ '.git/HEAD': 'x', '.factlintrc.yaml': 'dataset: data\nignore: [old/**]\nrules:\n  cagr: warning\n', 'sub/.factlintrc.json': '{ "rules": { "share": "off" } }', 'data/d.yaml': 'sources: []\n' });
    const run = cli(['--print-config', 'sub/x.md', '--rule', 'total=info'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as { file: string; configs: string[]; dataset: unknown; rules: Record<string, unknown>; ignored: boolean };
    assert.equal(printed.file, 'sub/x.md');
    assert.deepEqual(printed.configs, ['sub/.factlintrc.json', '.factlintrc.yaml']);
    assert.deepEqual(printed.dataset, { paths: ['data'], default: false });
    assert.deepEqual([printed.rules.cagr, printed.rules.share, printed.rules.total, printed.rules['footnote-unused']], ['warning', 'off', 'info', 'warning']);
    assert.equal(Object.keys(printed.rules).length, allRules.length);
    assert.equal(printed.ignored, false);
    assert.equal((JSON.parse(cli(['--print-config', 'old/y.md'], { cwd: dir }).stdout) as { ignored: boolean }).ignored, true);
    const bad = cli(['--print-config', 'x.md'], { cwd: tree({ '.factlintrc.json': '{ "rules": { "cagr": "fatal" } }' }) });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^\.factlintrc\.json:1:\d+: rules\.cagr: expected a severity/m);
  });
});

describe('factlint CLI: suppression comments', () => {
  it('an unknown rule id in a disable comment is reported; --report-unused-disable-directives reports comments that silence nothing', () => {
    const dir = tree({ 'a.md': '# A\n\n<!-- factlint-disable-next-line cgar -->\nThe team grew fast.[^x]\n\n<!-- factlint-disable-next-line footnote-unused -->\nNothing to silence here.\n' });
    const plain = cli([], { cwd: dir });
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /^a\.md:3:1\s+warning\s+disable-directive\s+factlint-disable-next-line names an unknown rule "cgar" \(did you mean "cagr"\?\)/m);
    assert.doesNotMatch(plain.stdout, /a\.md:6:/);
    const unused = cli(['--report-unused-disable-directives'], { cwd: dir });
    assert.match(unused.stdout, /^a\.md:6:1\s+warning\s+disable-directive\s+factlint-disable-next-line for "footnote-unused" silences nothing: remove it\.$/m);
  });
});

describe('factlint CLI: stylish shows why', () => {
  it('each finding with a reason has it on a second line, indented under the message', () => {
    const dir = tree({ 'a.md': '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n' });
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => /^a\.md:3:\d+\s+error\s+cagr\s/.test(l));
    assert.ok(at >= 0, run.stdout);
    const reason = lines[at + 1]!;
    assert.match(reason, /^\s+\S/);
    assert.match(reason.trim(), /CAGR|\^|\//, 'the reason gives the formula');
    const json = JSON.parse(cli(['-f', 'json'], { cwd: dir }).stdout) as { files: { diagnostics: { ruleId: string; reason: string }[] }[] };
    assert.equal(reason.trim(), json.files[0]!.diagnostics.find((d) => d.ruleId === 'cagr')!.reason);
    assert.equal(reason.length - reason.trimStart().length, lines[at]!.indexOf('CAGR stated'), 'indented to the message column');
  });
});

describe('factlint CLI: negated globs, --ignore-path, --no-ignore', () => {
  const files = (stdout: string) => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);

  it('"!glob" leaves out its matches, after globs, folders or the default walk', () => {
    const dir = tree({ 'a.md': CLEAN, 'drafts/b.md': CLEAN, 'drafts/deep/c.md': CLEAN, 'notes/d.md': CLEAN });
    assert.deepEqual(files(cli(['**/*.md', '!drafts/**', '-f', 'json'], { cwd: dir }).stdout), ['a.md', 'notes/d.md']);
    assert.deepEqual(files(cli(['!drafts/deep/**', '-f', 'json'], { cwd: dir }).stdout), ['a.md', 'drafts/b.md', 'notes/d.md']);
    assert.deepEqual(files(cli(['drafts', '!**/c.md', '-f', 'json'], { cwd: dir }).stdout), ['drafts/b.md']);
  });

  it('--ignore-path FILE replaces the .factlintignore files; --no-ignore honours no ignore file or config glob', () => {
    const dir = tree({
      '.gitignore': 'build/\n',
      '.factlintignore': 'private/\n',
      '.factlintrc.json': '{ "ignore": ["archive/**"] }',
      'my.ignore': 'drafts/\n',
      'a.md': CLEAN,
      'build/x.md': CLEAN,
      'private/p.md': CLEAN,
      'archive/old.md': CLEAN,
      'drafts/d.md': CLEAN,
    });
    assert.deepEqual(files(cli(['-f', 'json'], { cwd: dir }).stdout), ['a.md', 'drafts/d.md']);
    assert.deepEqual(files(cli(['-f', 'json', '--ignore-path', 'my.ignore'], { cwd: dir }).stdout), ['a.md', 'private/p.md']);
    assert.deepEqual(files(cli(['-f', 'json', '--no-ignore'], { cwd: dir }).stdout), ['a.md', 'archive/old.md', 'build/x.md', 'drafts/d.md', 'private/p.md']);
    const explicit = cli(['drafts/d.md', '--ignore-path', 'my.ignore'], { cwd: dir });
    assert.match(explicit.stderr, /drafts\/d\.md is ignored by my\.ignore; not linted/);
    const missing = cli(['--ignore-path', 'nothing.ignore'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read the ignore file nothing\.ignore: no such file/);
  });
});
