// Protocol tests of LSP 3.17 pull diagnostics: a client that announces textDocument.diagnostic pulls a draft's
// diagnostics (answered `unchanged` while its result id holds) and the workspace's; no draft's are pushed to it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  DocumentDiagnosticRequest,
  RequestType,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

const CAGR_LINE = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';
const DATASET = (value: number) => `sources:
  - { id: s1, title: Test source, publisher: Tests, year: 2025 }
entities:
  - { id: riken, name: RIKEN, kind: research-institute }
metrics:
  - { id: collab, label: collaboration score, unit: score }
observations:
  - { entity: riken, metric: collab, year: 2015, value: ${value}, source: s1 }
`;
const RIKEN_LINE = 'RIKEN’s 2015 collaboration score was 810.\n';
const CheckWorkspaceRequest = new RequestType<Record<string, never>, { files: number; problems: number }, void>('factlint/checkWorkspace');
const codes = (items: Diagnostic[]) => items.filter((d) => d.source === 'factlint').map((d) => d.code);

describe('pull diagnostics (LSP 3.17)', () => {
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
  const pull = (uri: string, previousResultId?: string) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factlint-lsp-pull-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data/facts.yaml'), DATASET(801));
    writeFileSync(join(folder, '.factlintrc.json'), JSON.stringify({ dataset: ['data/'] }));
    writeFileSync(join(folder, 'closed.md'), `# On disk\n\n${CAGR_LINE}`);
    client = await LspClient.start(folder, undefined, undefined, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('announces document and workspace diagnostics to a client that pulls them', () => {
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'factlint', interFileDependencies: false, workspaceDiagnostics: true });
  });

  it('answers a pull with the check of the current version, then `unchanged` for the same result id; pushes nothing', async () => {
    const uri = uriOf('open.md');
    await client.open(uri, `# Growth\n\n${CAGR_LINE}`);
    const first = (await pull(uri)) as FullDocumentDiagnosticReport;
    assert.equal(first.kind, 'full');
    assert.deepEqual(codes(first.items), ['cagr']);
    assert.ok(first.resultId);
    assert.deepEqual(await pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });

    // The pull sent right after an edit waits for that edit's check.
    const at = CAGR_LINE.indexOf('8.3');
    await client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at + 3 } }, '9.3');
    const edited = (await pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
    assert.equal(edited.kind, 'full');
    assert.deepEqual(codes(edited.items), []);
    assert.notEqual(edited.resultId, first.resultId);
    assert.deepEqual(client.published.filter((p) => p.uri === uri), [], 'a pulling client gets no push for a draft');
  });

  it('pulls the workspace: files not open, then waits and answers when one changes on disk', async () => {
    const closed = uriOf('closed.md');
    const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const closedReport = report.items.find((i) => i.uri === closed) as WorkspaceFullDocumentDiagnosticReport;
    assert.deepEqual(codes(closedReport.items), ['cagr']);
    const open = report.items.find((i) => i.uri === uriOf('open.md')) as WorkspaceFullDocumentDiagnosticReport;
    assert.equal(open.version, 2, 'an open draft is reported from its editor text, with its version');
    assert.equal(open.resultId, (await pull(uriOf('open.md'))).resultId, 'under the result id of its document pull');

    const held = report.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const waiting = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: held });
    writeFileSync(join(folder, 'closed.md'), `# On disk\n\n${CAGR_LINE.replace('8.3', '9.3')}`);
    await client.fileChanged(closed);
    const changed = await waiting;
    const update = changed.items.find((i) => i.uri === closed) as WorkspaceFullDocumentDiagnosticReport;
    assert.deepEqual(codes(update.items), []);
    assert.notEqual(update.resultId, closedReport.resultId);

    // Nothing changed: the pull waits until the client cancels it, then answers nothing new.
    const source = new CancellationTokenSource();
    const holding = [...held.filter((h) => h.uri !== closed), { uri: closed, value: update.resultId! }];
    const idle = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: holding }, source.token);
    source.cancel();
    assert.deepEqual(await idle, { items: [] });
  });

  it('keeps "Check workspace" working: it answers its counts and its results reach the workspace pull', async () => {
    writeFileSync(join(folder, 'new.md'), RIKEN_LINE);
    const counts = await client.connection.sendRequest(CheckWorkspaceRequest, {});
    assert.equal(counts.files, 2, 'closed.md and new.md (open.md is only open in the editor)');
    assert.equal(counts.problems, 1);
    const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    assert.deepEqual(codes((report.items.find((i) => i.uri === uriOf('new.md')) as WorkspaceFullDocumentDiagnosticReport).items), ['dataset-value']);
    assert.deepEqual(client.published.filter((p) => p.uri.endsWith('.md')), [], 'nothing is pushed for Markdown files');
  });

  it('asks the client to pull again when the dataset changes, and the pull has the new check', async () => {
    const uri = uriOf('riken.md');
    await client.open(uri, RIKEN_LINE);
    const before = (await pull(uri)) as FullDocumentDiagnosticReport;
    assert.deepEqual(codes(before.items), ['dataset-value']);
    const refreshed = client.nextRefresh();
    writeFileSync(join(folder, 'data/facts.yaml'), DATASET(810));
    await client.fileChanged(uriOf('data/facts.yaml'));
    await refreshed;
    const after = (await pull(uri, before.resultId)) as FullDocumentDiagnosticReport;
    assert.equal(after.kind, 'full');
    assert.deepEqual(codes(after.items), []);
  });
});
