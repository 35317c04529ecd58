// The LSP diagnostics of a keystroke reuse the last version's objects, ids included, where the edit cannot have
// changed them (server/src/lsp/features/diagnostics.ts, perf-key84): whatever the edit, a conversion handed the last
// one must give what a conversion from scratch gives, every field but the id, and an object is only ever reused as it
// was converted (the same range in lines and characters, the same texts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as fc from 'fast-check';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { FULL_DIAGNOSTIC_SUPPORT, indexOfId, toLspDiagnostics, type ConvertedDiagnostics } from '../../server/dist/lsp/features/diagnostics.js';
import { replaceAt } from './across-versions-harness.js';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const URI = 'file:///draft.md';
const support = FULL_DIAGNOSTIC_SUPPORT;
const withoutIds = (diagnostics: readonly LspDiagnostic[]) => JSON.stringify(diagnostics.map((d) => ({ ...d, data: undefined })));
const ids = (diagnostics: readonly LspDiagnostic[]) => diagnostics.map((d) => (d.data as { id: number }).id);

/** One keystroke's conversion from the last one, checked against a conversion from scratch; returns it. */
function step(engine: Engine, last: ConvertedDiagnostics, text: string, label: string): ConvertedDiagnostics {
  const result: CheckResult = engine.check(text, { previous: last.result });
  const diagnostics = toLspDiagnostics(result, result.lines, URI, support, last);
  assert.equal(withoutIds(diagnostics), withoutIds(toLspDiagnostics(result, result.lines, URI, support)), label);
  assert.equal(new Set(ids(diagnostics)).size, diagnostics.length, `${label}: one id per diagnostic`);
  // A reused object is at most once in the list and is one of the last version's (its id with it).
  const lastIds = new Set(ids(last.diagnostics));
  for (const d of diagnostics) if (lastIds.has((d.data as { id: number }).id)) assert.ok(last.diagnostics.includes(d), `${label}: an id of the last version is its object`);
  return { result, diagnostics, uri: URI, support };
}

describe('LSP diagnostics reused across versions (perf-key84)', () => {
  let engine: Engine;
  /** The sample drafts one after another: ~40 findings, some with related locations far before them. */
  let drafts: string;
  before(async () => {
    engine = createEngine({ dataset: await loadDefaultDataset() });
    const dir = join(repoRoot, 'samples/drafts');
    drafts = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => readFileSync(join(dir, n), 'utf8')).join('\n\n');
  });

  it('a letter typed inside a paragraph reuses every diagnostic, the same objects', () => {
    const first = engine.check(drafts);
    const last: ConvertedDiagnostics = { result: first, diagnostics: toLspDiagnostics(first, first.lines, URI, support), uri: URI, support };
    assert.ok(last.diagnostics.length > 20, String(last.diagnostics.length));
    // Into the middle of a prose line halfway through, as bench/lsp.bench.mjs types.
    const lines = drafts.split('\n');
    let line = Math.floor(lines.length / 2);
    while (!/^[A-Z][^|#<[]{60,}$/.test(lines[line]!)) line++;
    const at = lines.slice(0, line).join('\n').length + 1 + 30;
    const next = step(engine, last, replaceAt(drafts, at, 0, 'x'), 'a letter typed');
    assert.equal(next.diagnostics.filter((d) => last.diagnostics.includes(d)).length, next.diagnostics.length);
    // A line break typed instead: the diagnostics past it stand a line lower, made again.
    const broken = step(engine, last, replaceAt(drafts, at, 0, '\n'), 'a line break typed');
    const reused = broken.diagnostics.filter((d) => last.diagnostics.includes(d));
    assert.ok(reused.length > 0 && reused.length < broken.diagnostics.length, `${reused.length} of ${broken.diagnostics.length} reused`);
    const remade = broken.diagnostics.find((x) => !last.diagnostics.includes(x))!;
    assert.ok(remade.range.start.line >= line, 'what was made again is at or past the edit');
  });

  it('gives what a conversion from scratch gives after any run of edits, line ends of every kind included (property)', () => {
    // A short draft with findings before and after most edits, LF, CRLF and lone CR line ends.
    const draft = drafts.replace(/\n\n/g, (m, at: number) => (at % 3 === 0 ? '\r\n\r\n' : at % 3 === 1 ? '\r\r' : m));
    const piece = fc.constantFrom('x', '1', '%', ' ', '\n', '\r', '\r\n', '\n\n', '', '2.5% ');
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 3 }), piece);
    const first = engine.check(draft);
    const start: ConvertedDiagnostics = { result: first, diagnostics: toLspDiagnostics(first, first.lines, URI, support), uri: URI, support };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let last = start;
        let text = draft;
        for (const [f, length, by] of edits) {
          const at = Math.floor(f * text.length);
          text = replaceAt(text, at, Math.min(length, text.length - at), by);
          last = step(engine, last, text, JSON.stringify({ at, length, by }));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('finds a diagnostic by its id', () => {
    const first = engine.check(drafts);
    const diagnostics = toLspDiagnostics(first, first.lines, URI, support);
    const k = Math.floor(diagnostics.length / 2);
    assert.equal(indexOfId(diagnostics, (diagnostics[k]!.data as { id: number }).id), k);
    assert.equal(indexOfId(diagnostics, -1), -1);
    assert.equal(indexOfId(diagnostics, undefined), -1);
    assert.equal(indexOfId(diagnostics, String((diagnostics[k]!.data as { id: number }).id)), -1);
  });
});
