// What the language server keeps per open draft: the full check result only for the most recently checked drafts;
// the others keep their diagnostics and still answer hovers, code actions and edits, after one full check.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { DocumentStates, FULL_RESULTS_KEPT } from '../../server/dist/lsp/documents.js';
import { createEngine, LineIndex } from 'factlint';
import { loadDefaultDataset } from './helpers.js';
import { LspClient } from './lsp-client.js';

const CAGR_LINE = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).';
const factlint = (d: { diagnostics: Diagnostic[] }) => d.diagnostics.filter((x) => x.source === 'factlint');

describe('document states', () => {
  it('keeps the full result of the most recently checked drafts only, and takes one back for a draft', async () => {
    const engine = createEngine({ dataset: await loadDefaultDataset() });
    const result = engine.check(`${CAGR_LINE}\n`);
    const checked = { result, lines: new LineIndex(result.text) };
    const states = new DocumentStates(2);
    for (const uri of ['a', 'b', 'c']) states.set(uri, { version: 1, diagnostics: [], engine, checked });
    assert.deepEqual(['a', 'b', 'c'].map((uri) => states.get(uri)?.checked !== undefined), [false, true, true]);
    assert.equal(states.get('a')?.version, 1, 'a draft without its full result keeps the rest of its state');
    states.restore('a', checked);
    assert.deepEqual(['a', 'b', 'c'].map((uri) => states.get(uri)?.checked !== undefined), [true, false, true]);
    const again = states.set('c', { version: 2, diagnostics: [], engine, checked });
    assert.notEqual(again.resultId, states.get('a')?.resultId, 'every stored check has its own result id');
    states.drop('c');
    states.set('d', { version: 1, diagnostics: [], engine, checked });
    assert.ok(states.get('a')?.checked, 'a dropped draft frees its place');
  });
});

describe('language server with more open drafts than full results kept', () => {
  let folder: string;
  let client: LspClient;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factlint-lsp-memory-'));
    client = await LspClient.start(folder);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers hovers and code actions on the least recent draft, and checks its next edit as a fresh check would', async () => {
    const uris = Array.from({ length: FULL_RESULTS_KEPT + 2 }, (_, i) => pathToFileURL(join(folder, `draft-${i}.md`)).href);
    for (const [i, uri] of uris.entries()) {
      await client.open(uri, `# Draft ${i}\n\n${CAGR_LINE}\n`);
      await client.diagnostics(uri, (p) => p.version === 1);
    }
    const first = uris[0]!;
    const published = await client.diagnostics(first, (p) => p.version === 1);
    const cagr = factlint(published).find((d) => d.code === 'cagr')!;
    assert.ok(cagr, JSON.stringify(published));

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: first }, position: cagr.range.start });
    assert.match((hover?.contents as { value: string }).value, /9\.3%/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: first }, range: cagr.range, context: { diagnostics: [cagr] } })) as CodeAction[];
    assert.match(actions.find((a) => a.isPreferred)?.title ?? '', /9\.3%/);

    // An edit of another old draft: its full result is gone, so the server checks it in full; the same findings.
    const other = uris[1]!;
    const before = factlint(await client.diagnostics(other, (p) => p.version === 1));
    const v2 = await client.change(other, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, 'Old ');
    const edited = factlint(await client.diagnostics(other, (p) => p.version === v2));
    assert.deepEqual(edited.map((d) => [d.code, d.range.start.line, d.message]), before.map((d) => [d.code, d.range.start.line, d.message]));
  });
});
