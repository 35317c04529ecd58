// Typing faster than the server checks, through the built server over stdio: edits sent a few milliseconds apart
// without waiting for their diagnostics arrive while the check of an earlier version runs (the server's pending set,
// the cancelled check, the version test before publishing). The burst must end with the newest version's
// diagnostics, the same as a check of the final text from scratch, and no publication may be older than one before it.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';
import { repoRoot } from './helpers.js';

const outlook = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
// ~600 KB: long enough to check that edits sent 2 ms apart arrive while an earlier version is being checked.
const LARGE = Array.from({ length: 8 }, (_, i) => outlook.replace(/\[\^([^\]\s]+)\]/g, `[^$1-${i}]`)).join('\n\n');
const CAGR = 'CAGR +9.3%';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A publication's diagnostics, each without its draft's URI and its id, to compare two drafts of the same text. */
const content = (p: PublishDiagnosticsParams) =>
  p.diagnostics.map((d) => JSON.stringify({ ...d, data: { ...(d.data as object), id: undefined } }).split(p.uri).join('<draft>'));

/** The n-th occurrence (from 0) of `needle` in `text`. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `occurrence ${n} of ${needle}`);
  return at;
}

describe('language server: a burst of edits typed faster than it checks', () => {
  let folder: string;
  let client: LspClient;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factlint-lsp-bursts-')); // no config: the default dataset
    client = await LspClient.start(folder);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('ends with the newest version, as checked from scratch, and never publishes an older version after a newer one', async () => {
    const uri = pathToFileURL(join(folder, 'burst.md')).href;
    let doc = TextDocument.create(uri, 'markdown', 1, LARGE);
    await client.open(uri, LARGE);
    const opened = await client.diagnostics(uri, (p) => p.version === 1);
    const cagrAt = (p: PublishDiagnosticsParams, line: number) => p.diagnostics.some((d) => d.code === 'cagr' && d.range.start.line === line);
    assert.ok(!cagrAt(opened, doc.positionAt(nth(LARGE, CAGR, 5)).line), 'the stated CAGR is right before the edits');
    const start = client.published.length;

    /** Sends one edit of [from, to) (offsets in the client's current text) and keeps the client's copy in step. */
    const edit = async (from: number, to: number, text: string) => {
      const range = { start: doc.positionAt(from), end: doc.positionAt(to) };
      const version = await client.change(uri, range, text);
      doc = TextDocument.update(doc, [{ range, text }], version);
      return version;
    };
    // Two bursts, edits 2 ms apart: words typed into paragraphs of the second and seventh copies and taken out again,
    // "+9.3%" of the sixth copy's CAGR typed over as "+8.3%" (a wrong rate), and a heading added at the top.
    const sent: number[] = [];
    for (const burst of [0, 1]) {
      let paragraph = nth(doc.getText(), 'Keio University maintains', 1 + 5 * burst);
      for (const ch of 'quickly ') {
        sent.push(await edit(paragraph, paragraph, ch));
        await sleep(2);
      }
      if (burst === 0) {
        const rate = nth(doc.getText(), CAGR, 5) + 'CAGR +'.length;
        sent.push(await edit(rate, rate + 1, ''));
        await sleep(2);
        sent.push(await edit(rate, rate, '8'));
      } else {
        sent.push(await edit(0, 0, '# Draft\n\n'));
        paragraph += '# Draft\n\n'.length;
      }
      for (let i = 0; i < 'quickly '.length; i++) {
        await sleep(2);
        sent.push(await edit(paragraph, paragraph + 1, ''));
      }
      const last = sent[sent.length - 1]!;
      await client.diagnostics(uri, (p) => p.version === last);
    }
    const newest = sent[sent.length - 1]!;

    // The same text opened as a second draft and checked from scratch. Checks run one at a time, so by the time its
    // diagnostics arrive any publication the burst could still cause has arrived too.
    const fresh = pathToFileURL(join(folder, 'fresh.md')).href;
    await client.open(fresh, doc.getText());
    const scratch = await client.diagnostics(fresh, (p) => p.version === 1);

    const published = client.published.slice(start).filter((p) => p.uri === uri);
    const versions = published.map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! > versions[i - 1]!, `no publication older than, or the same as, one before it: ${versions.join(',')}`);
    assert.equal(versions[versions.length - 1], newest, 'the last publication is of the newest version');
    assert.ok(versions.length < sent.length, `versions overtaken while checking were not published (${versions.length} publications for ${sent.length} edits)`);
    const final = published[published.length - 1]!;
    assert.ok(cagrAt(final, doc.positionAt(nth(doc.getText(), 'CAGR +8.3%', 0)).line), 'the wrong rate typed in the burst is found');
    assert.equal(doc.getText(), `# Draft\n\n${LARGE.replace(/CAGR \+9\.3%/g, (m, at: number) => (at === nth(LARGE, CAGR, 5) ? 'CAGR +8.3%' : m))}`, "the client's copy of the text");
    const [got, expected] = [content(final), content(scratch)];
    const differ = got.findIndex((d, i) => d !== expected[i]);
    assert.ok(got.length === expected.length && differ < 0, `the newest version's diagnostics are those of its text checked from scratch (${got.length} against ${expected.length}; first differing: ${got[differ]} against ${expected[differ]})`);
  });
});
