// Protocol tests: the built language server over stdio, driven by a real LSP client connection.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, HoverRequest, InlayHintRequest, RequestType, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { bundledServer, LspClient, serverBin } from './lsp-client.js';
import { repoRoot } from './helpers.js';

const CAGR_LINE = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';
const DATASET = `sources:
  - { id: s1, title: Test source, publisher: Tests, year: 2025 }
entities:
  - { id: riken, name: RIKEN, kind: research-institute }
metrics:
  - { id: collab, label: collaboration score, unit: score }
observations:
  - { entity: riken, metric: collab, year: 2015, value: 801, source: s1 }
`;

const CheckWorkspaceRequest = new RequestType<Record<string, never>, { files: number; problems: number }, void>('factlint/checkWorkspace');
const factlint = (d: { diagnostics: Diagnostic[] }) => d.diagnostics.filter((x) => x.source === 'factlint');
const codes = (d: { diagnostics: Diagnostic[] }) => factlint(d).map((x) => x.code);

function applyAction(text: string, action: CodeAction, version: number): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, version, 'the edit names the version it was computed for');
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', version, text), change.edits);
}

describe('language server over stdio', () => {
  let folder: string;
  let client: LspClient;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factlint-lsp-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data/facts.yaml'), DATASET);
    writeFileSync(join(folder, '.factlintrc.json'), JSON.stringify({ dataset: ['data/'] }));
    client = await LspClient.start(folder);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes diagnostics with source, code, docs link and related information', async () => {
    const uri = pathToFileURL(join(folder, 'a.md')).href;
    await client.open(uri, `# Growth\n\n${CAGR_LINE}`);
    const published = await client.diagnostics(uri, (p) => factlint(p).length > 0);
    const cagr = factlint(published).find((d) => d.code === 'cagr')!;
    assert.equal(published.version, 1);
    const at = CAGR_LINE.indexOf('+8.3%');
    assert.deepEqual(cagr.range, { start: { line: 2, character: at }, end: { line: 2, character: at + 5 } });
    assert.equal(cagr.severity, 1);
    assert.equal(cagr.codeDescription?.href, 'https://github.com/factlint/factlint/blob/main/docs/rules/cagr.md');
    assert.ok(cagr.relatedInformation?.some((r) => r.message === 'initial value 287'));
    assert.ok(cagr.relatedInformation?.some((r) => /CAGR = /.test(r.message)));
    assert.ok(client.coverage.some((c) => c.uri === uri && c.coverage.mismatched === 1));
  });

  it('sends related information and docs links only to a client that declared it reads them (an open draft and the workspace check)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'factlint-lsp-support-'));
    writeFileSync(join(ws, 'closed.md'), CAGR_LINE);
    const cagrOf = async (other: LspClient, uri: string) => factlint(await other.diagnostics(uri, (p) => factlint(p).length > 0)).find((d) => d.code === 'cagr')!;
    // Each client: what it declares under textDocument.publishDiagnostics, and whether related information and the docs link come.
    const cases = [
      [{ versionSupport: true, dataSupport: true }, false, false],
      [{ relatedInformation: true }, true, false],
      [{ codeDescriptionSupport: true }, false, true],
    ] as const;
    try {
      for (const [publishDiagnostics, related, docs] of cases) {
        const other = await LspClient.start(ws, serverBin, undefined, { textDocument: { publishDiagnostics } });
        try {
          const uri = pathToFileURL(join(ws, 'open.md')).href;
          await other.open(uri, `# Growth\n\n${CAGR_LINE}`);
          const open = await cagrOf(other, uri);
          await other.connection.sendRequest(CheckWorkspaceRequest, {});
          const closed = await cagrOf(other, pathToFileURL(join(ws, 'closed.md')).href);
          for (const cagr of [open, closed]) {
            // The rest of the diagnostic is as before.
            assert.equal(cagr.source, 'factlint');
            assert.equal(cagr.severity, 1);
            assert.match(cagr.message, /CAGR/);
            assert.equal(cagr.relatedInformation?.some((r) => r.message === 'initial value 287') ?? false, related, JSON.stringify(publishDiagnostics));
            assert.equal(cagr.codeDescription?.href === 'https://github.com/factlint/factlint/blob/main/docs/rules/cagr.md', docs, JSON.stringify(publishDiagnostics));
            if (!related) assert.ok(!('relatedInformation' in cagr));
            if (!docs) assert.ok(!('codeDescription' in cagr));
          }
        } finally {
          await other.stop();
        }
      }
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('answers hovers: the checked number with ✗ and expectation, the entity with its facts', async () => {
    const uri = pathToFileURL(join(folder, 'hover.md')).href;
    const text = 'RIKEN’s 2015 collaboration score was 810.\n';
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => codes(p).includes('dataset-value'));
    const onNumber = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: text.indexOf('810') + 1 } });
    const numberText = (onNumber?.contents as { value: string }).value;
    assert.match(numberText, /✗ 810.*expected \*\*801\*\*/);
    assert.match(numberText, /Test source/);
    const onEntity = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    const entityText = (onEntity?.contents as { value: string }).value;
    assert.match(entityText, /\*\*RIKEN\*\*/);
    assert.match(entityText, /\| collaboration score \| 2015 \|  \| 801 \| Test source \|/);
  });

  it('offers a preferred quick fix whose edit removes the diagnostic, and fix-all as source.fixAll.factlint', async () => {
    const uri = pathToFileURL(join(folder, 'fix.md')).href;
    const text = `# Growth\n\n${CAGR_LINE}\nRIKEN’s 2015 collaboration score was 810.\n`;
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (p) => codes(p).includes('cagr') && codes(p).includes('dataset-value'));
    const value = factlint(published).find((d) => d.code === 'dataset-value')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: value.range, context: { diagnostics: [value] } })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.kind, 'quickfix');
    assert.match(preferred.title, /801/);
    assert.ok(actions.some((a) => a.title === 'Disable dataset-value for this line'));
    const fixed = applyAction(text, preferred, 1);
    assert.match(fixed, /score was 801\./);
    const v2 = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === v2);
    assert.deepEqual(codes(after), ['cagr']);

    // The CAGR's endpoints (287, 638) are not in this workspace's dataset: its fix is a suggestion, a quick fix that is
    // not preferred, and fix-all does not apply it.
    const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: value.range, context: { diagnostics: [], only: ['source.fixAll.factlint'] } })) as CodeAction[];
    assert.equal(fixAll, undefined, 'no certain fix is left for fix-all');
    const cagr = factlint(after).find((d) => d.code === 'cagr')!;
    const cagrActions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cagr.range, context: { diagnostics: [cagr] } })) as CodeAction[];
    assert.ok(!cagrActions.some((a) => a.isPreferred), cagrActions.map((a) => a.title).join(', '));
    const suggestion = cagrActions.find((a) => /9\.3%/.test(a.title))!;
    assert.equal(suggestion.kind, 'quickfix');
    assert.match(suggestion.title, /the dataset does not confirm them/);
    const clean = applyAction(fixed, suggestion, v2);
    assert.match(clean, /CAGR \+9\.3%/);
    const v3 = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, clean);
    assert.deepEqual(codes(await client.diagnostics(uri, (p) => p.version === v3)), []);
  });

  it('fix-all as source.fixAll.factlint applies the certain fixes and leaves a suggestion alone', async () => {
    const uri = pathToFileURL(join(folder, 'fix-all.md')).href;
    const text = `# Growth\n\n${CAGR_LINE}\nRIKEN’s 2015 collaboration score was 810.\n`;
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (p) => codes(p).includes('cagr') && codes(p).includes('dataset-value'));
    const cagr = factlint(published).find((d) => d.code === 'cagr')!;
    const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cagr.range, context: { diagnostics: [], only: ['source.fixAll.factlint'] } })) as CodeAction[];
    assert.equal(fixAll?.kind, 'source.fixAll.factlint');
    const fixed = applyAction(text, fixAll!, 1);
    assert.match(fixed, /score was 801\./);
    assert.match(fixed, /CAGR \+8\.3%/, 'the unconfirmed CAGR fix is not applied');
    const v2 = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, fixed);
    assert.deepEqual(codes(await client.diagnostics(uri, (p) => p.version === v2)), ['cagr']);
  });

  it('adds a definition stub for an undefined footnote and removes an unused one, each edit clearing its diagnostic', async () => {
    const uri = pathToFileURL(join(folder, 'footnotes.md')).href;
    const text = 'Cited here.[^a]\n\nMore text.\n\n[^b]: Never cited.\n';
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (p) => codes(p).includes('footnote-undefined') && codes(p).includes('footnote-unused'));
    let current = text;
    let version = 1;
    for (const [code, title] of [['footnote-undefined', 'Add a definition for [^a]'], ['footnote-unused', 'Remove the unused footnote [^b]']] as const) {
      const diagnostic = factlint(version === 1 ? published : await client.diagnostics(uri, (p) => p.version === version)).find((d) => d.code === code)!;
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      const action = actions.find((a) => a.title === title);
      assert.ok(action, actions.map((a) => a.title).join(', '));
      current = applyAction(current, action, version);
      version = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, current);
      assert.ok(!codes(await client.diagnostics(uri, (p) => p.version === version)).includes(code));
    }
    assert.equal(current, 'Cited here.[^a]\n\nMore text.\n\n[^a]: Source to be added.\n');
  });

  it('never offers an action computed for an older version', async () => {
    const uri = pathToFileURL(join(folder, 'stale.md')).href;
    await client.open(uri, CAGR_LINE);
    const first = await client.diagnostics(uri, (p) => codes(p).includes('cagr'));
    const stale = factlint(first)[0]!;
    const v2 = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Intro.\n\n');
    await client.diagnostics(uri, (p) => p.version === v2);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } })) as CodeAction[];
    assert.deepEqual(actions.filter((a) => a.kind === 'quickfix'), []);
  });

  it('publishes a diagnostic an edit left as it was again with its id, and answers it with an action for the current version', async () => {
    const uri = pathToFileURL(join(folder, 'kept.md')).href;
    const text = `# Growth\n\n${CAGR_LINE}\nMore text here.\n\nRIKEN’s 2015 collaboration score was 810.\n`;
    await client.open(uri, text);
    const first = await client.diagnostics(uri, (p) => codes(p).includes('cagr') && codes(p).includes('dataset-value'));
    const [cagr, value] = ['cagr', 'dataset-value'].map((code) => factlint(first).find((d) => d.code === code)!);
    // A word typed on the line between them: the CAGR before the edit and the value after it stand where they stood.
    const v2 = await client.change(uri, { start: { line: 4, character: 4 }, end: { line: 4, character: 4 } }, ' plain');
    const second = await client.diagnostics(uri, (p) => p.version === v2);
    assert.deepEqual(factlint(second), factlint(first), 'the same diagnostics, ids included');
    // Asked with the diagnostic published for version 1, the server answers for version 2: the edit names version 2.
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: value!.range, context: { diagnostics: [value!] } })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.match(preferred.title, /801/);
    const current = text.replace('More text', 'More plain text');
    assert.match(applyAction(current, preferred, v2), /^# Growth\n\n.*\nMore plain text here\.\n\nRIKEN’s 2015 collaboration score was 801\.\n$/s);
    // Words typed before the CAGR on its line: its diagnostic is a new one (a new id), the stale one gets no action.
    const v3 = await client.change(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, 'So ');
    const third = await client.diagnostics(uri, (p) => p.version === v3);
    const moved = factlint(third).find((d) => d.code === 'cagr')!;
    assert.notDeepEqual(moved.data, cagr!.data);
    const stale = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: moved.range, context: { diagnostics: [cagr!] } })) as CodeAction[];
    assert.deepEqual(stale.filter((a) => a.kind === 'quickfix'), []);
    const fresh = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: moved.range, context: { diagnostics: [moved] } })) as CodeAction[];
    assert.ok(fresh.some((a) => a.kind === 'quickfix'), fresh.map((a) => a.title).join(', '));
  });

  it('follows incremental edits, and a burst of edits never publishes an older version after a newer one', async () => {
    const uri = pathToFileURL(join(folder, 'burst.md')).href;
    await client.open(uri, `# Title\n\n${CAGR_LINE}`);
    await client.diagnostics(uri, (p) => codes(p).includes('cagr'));
    const start = client.published.length;
    let version = 1;
    // Type "9.3" over "8.3" one keystroke at a time, without waiting in between.
    const at = CAGR_LINE.indexOf('8.3');
    version = await client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }, '');
    for (let i = 0; i < 20; i++) {
      version = await client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at } }, 'x');
      version = await client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }, '');
    }
    version = await client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at } }, '9');
    const final = await client.diagnostics(uri, (p) => p.version === version);
    assert.deepEqual(codes(final), []);
    const versions = client.published.slice(start).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published in order: ${versions.join(',')}`);
    assert.ok(versions.length < 42, `the burst was coalesced (${versions.length} publications for 42 edits)`);
  });

  it('cancels the running check of a version when a newer one arrives: only the newer is published', async () => {
    const uri = pathToFileURL(join(folder, 'large.md')).href;
    const outlook = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
    // ~600 KB: its first check parses for long enough that the edit sent right after it arrives mid-check.
    const text = Array.from({ length: 8 }, (_, i) => outlook.replace(/\[\^([^\]\s]+)\]/g, `[^$1-${i}]`)).join('\n\n');
    const start = client.published.length;
    await client.open(uri, text);
    const v2 = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Draft. ');
    await client.diagnostics(uri, (p) => p.version === v2);
    assert.deepEqual(client.published.slice(start).filter((p) => p.uri === uri).map((p) => p.version), [v2]);
  });

  it('re-checks open drafts when the dataset changes, and keeps the last good dataset when it breaks', async () => {
    const uri = pathToFileURL(join(folder, 'data-change.md')).href;
    const datasetUri = pathToFileURL(join(folder, 'data/facts.yaml')).href;
    await client.open(uri, 'RIKEN’s 2015 collaboration score was 810.\n');
    await client.diagnostics(uri, (p) => codes(p).includes('dataset-value'));
    writeFileSync(join(folder, 'data/facts.yaml'), DATASET.replace('value: 801', 'value: 810'));
    await client.fileChanged(datasetUri);
    await client.diagnostics(uri, (p) => codes(p).length === 0);

    writeFileSync(join(folder, 'data/facts.yaml'), DATASET.replace('value: 801', 'valu: 810'));
    await client.fileChanged(datasetUri);
    const problems = await client.diagnostics(datasetUri, (p) => p.diagnostics.length > 0);
    const line = DATASET.split('\n').findIndex((l) => l.includes('value: 801'));
    assert.ok(problems.diagnostics.some((d) => d.range.start.line === line && /last valid version/.test(d.message)), JSON.stringify(problems.diagnostics));
    // The draft is still checked against the last good dataset (value 810): no finding.
    const reopened = pathToFileURL(join(folder, 'data-change-2.md')).href;
    await client.open(reopened, 'RIKEN’s 2015 collaboration score was 801.\n');
    assert.deepEqual(codes(await client.diagnostics(reopened, (p) => p.version === 1)), ['dataset-value']);

    writeFileSync(join(folder, 'data/facts.yaml'), DATASET);
    await client.fileChanged(datasetUri);
    await client.diagnostics(datasetUri, (p) => p.diagnostics.length === 0);
    await client.diagnostics(uri, (p) => codes(p).includes('dataset-value'));
  });

  it('checks the workspace without opening its files, and answers with the count', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'factlint-lsp-ws-'));
    writeFileSync(join(ws, 'one.md'), CAGR_LINE);
    mkdirSync(join(ws, 'notes'));
    writeFileSync(join(ws, 'notes/two.md'), 'Cited.[^x]\n');
    const other = await LspClient.start(ws);
    try {
      const answer = await other.connection.sendRequest(CheckWorkspaceRequest, {});
      assert.deepEqual(answer, { files: 2, problems: 2 });
      assert.deepEqual(codes(await other.diagnostics(pathToFileURL(join(ws, 'one.md')).href)), ['cagr']);
      assert.deepEqual(codes(await other.diagnostics(pathToFileURL(join(ws, 'notes/two.md')).href)), ['footnote-undefined']);
      // Files change on disk: the one fixed is cleared, a new one is checked.
      writeFileSync(join(ws, 'one.md'), CAGR_LINE.replace('8.3', '9.3'));
      await other.fileChanged(pathToFileURL(join(ws, 'one.md')).href);
      await other.diagnostics(pathToFileURL(join(ws, 'one.md')).href, (p) => p.diagnostics.length === 0);
      writeFileSync(join(ws, 'three.md'), CAGR_LINE);
      await other.fileChanged(pathToFileURL(join(ws, 'three.md')).href, 1);
      assert.deepEqual(codes(await other.diagnostics(pathToFileURL(join(ws, 'three.md')).href)), ['cagr']);
    } finally {
      await other.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('validates a dataset file opened before any draft that uses it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'factlint-lsp-open-'));
    mkdirSync(join(ws, 'data'));
    const broken = DATASET.replace('kind: research-institute', 'kind: laboratory');
    writeFileSync(join(ws, 'data/facts.yaml'), broken);
    writeFileSync(join(ws, '.factlintrc.json'), JSON.stringify({ dataset: ['data/'] }));
    const other = await LspClient.start(ws);
    try {
      const uri = pathToFileURL(join(ws, 'data/facts.yaml')).href;
      await other.open(uri, broken, 'yaml');
      const problems = await other.diagnostics(uri, (p) => p.diagnostics.length > 0);
      const line = broken.split('\n').findIndex((l) => l.includes('laboratory'));
      assert.equal(problems.diagnostics[0]!.range.start.line, line);
      assert.equal(broken.split('\n')[line]!.slice(problems.diagnostics[0]!.range.start.character, problems.diagnostics[0]!.range.end.character), 'laboratory');
    } finally {
      await other.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('publishes configuration problems on the config file at their range', async () => {
    const sub = join(folder, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, '.factlintrc.json'), '{\n  "rules": { "no-such-rule": "error" }\n}\n');
    const uri = pathToFileURL(join(sub, 'x.md')).href;
    await client.open(uri, CAGR_LINE);
    const problems = await client.diagnostics(pathToFileURL(join(sub, '.factlintrc.json')).href, (p) => p.diagnostics.length > 0);
    assert.equal(problems.diagnostics[0]!.range.start.line, 1);
    assert.match(problems.diagnostics[0]!.message, /no-such-rule/);
  });

  for (const [name, server] of [['the bin', serverBin], ['the server bundled in the extension', bundledServer]] as const) {
    it(`${name} checks the outlook sample with the default dataset and answers the Keio University hover with its facts`, async () => {
      const plain = mkdtempSync(join(tmpdir(), 'factlint-lsp-default-'));
      const other = await LspClient.start(plain, server);
      try {
        const text = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
        const uri = pathToFileURL(join(plain, 'outlook.md')).href;
        await other.open(uri, text);
        const published = await other.diagnostics(uri, (p) => factlint(p).length > 0);
        assert.deepEqual(codes(published), ['footnote-unused', 'citation-undefined', 'formula']);
        const line = text.split('\n').findIndex((l) => l.startsWith('Keio University maintains'));
        const hover = await other.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 3 } });
        assert.match((hover?.contents as { value: string }).value, /\*\*Keio University\*\*[^]*\| Measure \| Year/);
      } finally {
        await other.stop();
        rmSync(plain, { recursive: true, force: true });
      }
    });
  }
});

describe('language server settings and multi-root workspaces', () => {
  const made: string[] = [];
  const folderWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-lsp-settings-'));
    made.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('applies factlint.rules over the config file, shows unverified claims as hints when asked, and turns off with factlint.enable', async () => {
    const dir = folderWith({ 'data/facts.yaml': DATASET, '.factlintrc.json': JSON.stringify({ dataset: ['data/'] }) });
    const client = await LspClient.start(dir, serverBin, { rules: { cagr: 'warning' } });
    try {
      const uri = pathToFileURL(join(dir, 'a.md')).href;
      await client.open(uri, `${CAGR_LINE}\nRIKEN’s 2019 collaboration score was 812.\n`);
      const first = await client.diagnostics(uri, (p) => codes(p).includes('cagr'));
      assert.equal(factlint(first).find((d) => d.code === 'cagr')!.severity, 2);
      assert.ok(!codes(first).includes('unverified'));
      await client.changeSettings({ showUnverified: true });
      const hints = await client.diagnostics(uri, (p) => codes(p).includes('unverified'));
      assert.equal(factlint(hints).find((d) => d.code === 'unverified')!.severity, 4);
      assert.equal(factlint(hints).find((d) => d.code === 'cagr')!.severity, 1);
      await client.changeSettings({ inlayHints: true });
      await client.diagnostics(uri, (p) => p.version === 1 && codes(p).includes('cagr') && !codes(p).includes('unverified'));
      const hints2 = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      assert.deepEqual(hints2?.map((h) => [h.position, h.label]), [[{ line: 0, character: CAGR_LINE.indexOf('+8.3%') + 5 }, ' = +9.3%']]);
      await client.changeSettings({ enable: false });
      await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    } finally {
      await client.stop();
    }
  });

  it('takes factlint.dataset relative to the workspace folder, and gives each folder of a multi-root workspace its own config', async () => {
    const one = folderWith({ 'facts/a.yaml': DATASET });
    const two = folderWith({ 'data/facts.yaml': DATASET.replace('value: 801', 'value: 810'), '.factlintrc.json': JSON.stringify({ dataset: ['data/'] }) });
    const client = await LspClient.start([one, two], serverBin, { [pathToFileURL(one).href]: { dataset: ['facts/a.yaml'] }, [pathToFileURL(two).href]: {} });
    try {
      const text = 'RIKEN’s 2015 collaboration score was 810.\n';
      const inOne = pathToFileURL(join(one, 'x.md')).href;
      const inTwo = pathToFileURL(join(two, 'x.md')).href;
      await client.open(inOne, text);
      await client.open(inTwo, text);
      assert.deepEqual(codes(await client.diagnostics(inOne, (p) => p.version === 1)), ['dataset-value']);
      assert.deepEqual(codes(await client.diagnostics(inTwo, (p) => p.version === 1)), []);
    } finally {
      await client.stop();
    }
  });
});
