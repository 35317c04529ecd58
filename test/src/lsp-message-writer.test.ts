// The stdio writer's encoder (server/src/lsp/message-writer.ts, perf-key84) writes each diagnostic's JSON once and
// joins them: every message must be, byte for byte, the UTF-8 of `JSON.stringify(message)`, as vscode-jsonrpc's own
// encoder writes it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createEngine } from 'factlint';
import { stdioTransport } from '../../server/dist/lsp/console.js';
import { FULL_DIAGNOSTIC_SUPPORT, toLspDiagnostics } from '../../server/dist/lsp/features/diagnostics.js';
import { encodeMessage, MESSAGE_ENCODER } from '../../server/dist/lsp/message-writer.js';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const publish = (uri: string, version: number | undefined, diagnostics: unknown[]) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, ...(version === undefined ? {} : { version }), diagnostics } });
const same = (message: object, label = '') => assert.equal(encodeMessage(message as never).toString('utf-8'), JSON.stringify(message), label);

describe('stdio message encoder (perf-key84)', () => {
  it("writes a draft's publications as JSON.stringify does, diagnostics reused across versions included", async () => {
    const engine = createEngine({ dataset: await loadDefaultDataset() });
    const dir = join(repoRoot, 'samples/drafts');
    const text = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => readFileSync(join(dir, n), 'utf8')).join('\n\n');
    const uri = 'file:///tmp/a%20draft/“quoted” "diagnostics":[].md';
    const first = engine.check(text);
    const diagnostics = toLspDiagnostics(first, first.lines, uri, FULL_DIAGNOSTIC_SUPPORT);
    assert.ok(diagnostics.length > 20 && diagnostics.some((d) => /[^\x00-\x7f]/.test(JSON.stringify(d))), 'non-ASCII text in them');
    same(publish(uri, 1, diagnostics), 'first');
    // Again (the kept bytes), after an edit that reuses most, and mixed with objects the server did not make.
    same(publish(uri, 1, diagnostics), 'again');
    const edited = text.replace('Keio', 'Keioo');
    const second = engine.check(edited, { previous: first });
    const next = toLspDiagnostics(second, second.lines, uri, FULL_DIAGNOSTIC_SUPPORT, { result: first, diagnostics, uri, support: FULL_DIAGNOSTIC_SUPPORT });
    same(publish(uri, 2, next), 'next');
    same(publish(uri, 2, [{ ...next[0] }, next[1], { message: 'é\u2028\ud800' }, null]), 'foreign items');
    same(publish(uri, undefined, next), 'without a version');
    // A full report answered to a pull, and the other replies: as JSON.stringify writes them.
    same({ jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '3', items: next } }, 'a full report');
    same({ jsonrpc: '2.0', id: 7, result: { kind: 'full', items: next, relatedDocuments: { [uri]: { kind: 'full', items: [] } } } }, 'a nested list of items');
    same({ jsonrpc: '2.0', id: 7, result: { kind: 'unchanged', resultId: '3' } }, 'unchanged');
    same({ jsonrpc: '2.0', id: 7, result: null }, 'null');
  });

  it('writes every other message as JSON.stringify does (property)', async () => {
    const value = fc.jsonValue();
    fc.assert(
      fc.property(fc.constantFrom('textDocument/publishDiagnostics', 'window/logMessage', undefined), value, fc.array(value, { maxLength: 4 }), fc.string(), (method, params, list, uri) => {
        same({ jsonrpc: '2.0', ...(method ? { method } : {}), params });
        same({ jsonrpc: '2.0', ...(method ? { method } : {}), params: { uri, diagnostics: list, nested: { diagnostics: [] } } });
        same({ jsonrpc: '2.0', id: 1, result: { diagnostics: list } });
        same({ jsonrpc: '2.0', id: 1, result: { kind: 'full', uri, items: list, more: params } });
        same({ jsonrpc: '2.0', id: 1, result: params });
      }),
      { numRuns: 500 },
    );
    const bytes = await MESSAGE_ENCODER.encode({ jsonrpc: '2.0', method: 'x', params: { a: 'ö' } } as never, { charset: 'utf-8' });
    assert.equal(Buffer.from(bytes).toString('utf-8'), '{"jsonrpc":"2.0","method":"x","params":{"a":"ö"}}');
  });

  it('takes the first transport the arguments name, as vscode-languageserver does', () => {
    assert.equal(stdioTransport(['--stdio']), true);
    assert.equal(stdioTransport(['--clientProcessId=1', '--stdio']), true);
    assert.equal(stdioTransport(['--node-ipc', '--stdio']), false);
    assert.equal(stdioTransport(['--socket=5000', '--stdio']), false);
    assert.equal(stdioTransport(['--pipe', 'x']), false);
    assert.equal(stdioTransport([]), false);
  });
});
