// The links of the segments before an edit's scope are taken over from the previous version in one slice (perf-key55:
// links.ts linkDocument, across-versions.ts keptLeading), with their kept results, instead of asked segment by segment.
// Each check handed the previous result must give the links, findings, coverage and verified claims a fresh check
// gives, and the next check after it too (the results taken over are kept for it). A version reads its links segment by
// segment, as its rules ask (perf-key86): one whose whole list was never read hands on what it read.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt, replaceOnce } from './across-versions-harness.js';
import { captionBracket } from '../../server/dist/engine/context/carried-links.js';
import type { ClaimLink } from '../../server/dist/engine/context/links.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTLOOK = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');

let engine: Engine;
before(() => {
  const dir = path.join(ROOT, 'samples/dataset');
  const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
  engine = createEngine({ dataset: loadDataset(inputs).dataset });
});

/** The document's links as plain values: each with its segment's index and place instead of the segment object. */
function linksOf(result: CheckResult): string {
  return plainLinks(result.state.links().links);
}

function plainLinks(links: readonly ClaimLink[]): string {
  return JSON.stringify(links.map(({ segment, ...link }) => ({ ...link, segment: [segment.index, segment.start, segment.end] })));
}

/** assertSame, and the links equal a fresh check's. */
function sameWithLinks(e: Engine, previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = assertSame(e, previous, edited, label);
  assert.equal(linksOf(incremental), linksOf(e.check(edited)), `${label}: links`);
  return incremental;
}

/** The offset of the last paragraph of prose in the text (an edit there leaves nearly every segment before its scope). */
function lastProse(text: string): number {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (/^[A-Z][^|#<[]{80,}$/.test(lines[i]!)) return lines.slice(0, i).join('\n').length + 1 + 20;
  throw new Error('no prose paragraph');
}

describe('links of the segments before the edit taken over', () => {
  it('an edit near the end: the leading links are the previous version’s objects, and equal a fresh check’s', () => {
    const first = engine.check(OUTLOOK);
    const at = lastProse(OUTLOOK);
    const edited = replaceAt(OUTLOOK, at, 0, 'x');
    const second = sameWithLinks(engine, first, edited, 'typed near the end');
    const before = first.state.links().links;
    const now = second.state.links().links;
    assert.ok(before.length > 20, 'the outlook has links');
    // The links of the draft well before the edit's section are the same objects (taken over, not read again).
    const leading = before.filter((l) => l.token.end < at - 5000);
    assert.ok(leading.length > 10);
    leading.forEach((l, i) => assert.equal(now[i], l, `link ${i} is the previous version's`));
    // The check after it takes the links over from this one in turn.
    const third = sameWithLinks(engine, second, replaceAt(edited, at, 1, ''), 'deleted again');
    third.state.links().links.slice(0, leading.length).forEach((l, i) => assert.equal(l, leading[i]));
  });

  it('edits in turn: the title (the document’s owner), a caption, a table, a heading, the last paragraph', () => {
    const at = lastProse(OUTLOOK);
    const captionLine = OUTLOOK.split('\n').findIndex((l, i, lines) => l.trim() !== '' && !l.startsWith('|') && lines[i + 2]?.startsWith('|'));
    assert.ok(captionLine > 0, 'a caption above a table');
    const captionAt = OUTLOOK.split('\n').slice(0, captionLine).join('\n').length + 1;
    const tableAt = OUTLOOK.indexOf('\n|', captionAt) + 3;
    const headingAt = OUTLOOK.indexOf('\n## ', captionAt) + 4;
    assertEditsInTurn(
      engine,
      OUTLOOK,
      [
        (t) => replaceAt(t, at, 0, ' (and more'),
        (t) => replaceAt(t, captionAt, 0, '('),
        (t) => replaceAt(t, captionAt, 1, ''),
        (t) => replaceAt(t, tableAt, 0, '9'),
        (t) => replaceAt(t, headingAt, 0, 'Keio University '),
        (t) => replaceAt(t, 2, 0, 'Keio University '),
        (t) => replaceAt(t, t.length - 1, 0, '\n\nKeio University had 1,234 papers in 2020.\n'),
        replaceOnce('Keio University', 'Keio Univ.'),
      ],
      sameWithLinks,
    );
  });

  it('an edit under a heading that holds figures: the heading opens the scope and is read again, not taken twice', () => {
    const edits = ['#### University of Tokyo (Total', '#### Science Tokyo (Total', '#### Keio University (Total'].map((heading) => (t: string) => {
      const at = t.indexOf(heading);
      assert.ok(at >= 0, heading);
      // The first character of the paragraph under the heading.
      const paragraph = t.indexOf('\n\n', at) + 2;
      return replaceAt(t, paragraph, 0, 'x');
    });
    assertEditsInTurn(engine, OUTLOOK, edits, sameWithLinks);
  });

  it('property: keystrokes anywhere, chained from the last result, give a fresh check’s links', () => {
    assertKeystrokes(engine, OUTLOOK, ['x', '', '(', ')', '\n\n', '\n## A\n', '| 1 |', '2024', ' 12.5%'], 25, sameWithLinks);
  });
});

describe('links read segment by segment (a keystroke reads only the links its rules ask for)', () => {
  /** Every segment's links, as plain values, read one segment at a time. */
  const perSegment = (result: CheckResult): string[] => result.state.doc.segments.map((_, i) => plainLinks(result.state.links().ofSegment(i)));

  it('versions whose whole list was never read: the next one’s links, whole and per segment, equal a fresh check’s', () => {
    const at = lastProse(OUTLOOK);
    const middle = OUTLOOK.indexOf('\n\n', Math.floor(OUTLOOK.length / 2)) + 2;
    let text = OUTLOOK;
    let result = engine.check(text);
    // Typing in two places in turn, each check chained from the last, no whole list read (the rules read their scope's).
    for (const [i, offset] of [at, middle, at, middle, at].entries()) {
      text = replaceAt(text, offset + i, 0, 'x');
      result = assertSame(engine, result, text, `keystroke ${i + 1}`);
    }
    const fresh = engine.check(text);
    assert.deepEqual(perSegment(result), perSegment(fresh), 'each segment’s links');
    assert.equal(linksOf(result), linksOf(fresh), 'the whole list');
    // The whole list is the segments' lists in order, the same objects; around() gives each link's own segment's.
    const whole = result.state.links();
    const inOrder = result.state.doc.segments.flatMap((_, i) => [...whole.ofSegment(i)]);
    assert.equal(whole.links.length, inOrder.length);
    whole.links.forEach((l, i) => assert.equal(l, inOrder[i], `link ${i}`));
    for (const l of whole.links) assert.ok(whole.around(l.token.start).includes(l), `around ${l.token.start}`);
    assert.ok(whole.links.length > 20, 'the outlook has links');
  });

  it('a version that read one segment’s links, then one that reads them all: the same objects for the segments before the edit', () => {
    const at = lastProse(OUTLOOK);
    const first = engine.check(OUTLOOK);
    const firstLinks = first.state.links().links;
    const second = engine.check(replaceAt(OUTLOOK, at, 0, 'x'), { previous: first });
    // One early segment's links read in the second version, before its whole list is.
    const early = firstLinks[0]!.segment.index;
    const asked = second.state.links().ofSegment(early);
    assert.equal(asked[0], firstLinks[0], 'the early segment’s links are the previous version’s objects');
    assert.equal(second.state.links().links[0], asked[0], 'the whole list holds the same objects');
    assert.equal(linksOf(second), linksOf(engine.check(replaceAt(OUTLOOK, at, 0, 'x'))));
  });
});

describe('a caption’s bracket kept with the cells of a table taken over (every draft taken over)', () => {
  let was = 0;
  const takeOverFrom = async (blocks: number): Promise<number> => {
    const analysis = (await import(pathToFileURL(path.join(ROOT, 'server/dist/engine/analysis.js')).href)) as { setTakeOverBlocks: (blocks: number) => number };
    return analysis.setTakeOverBlocks(blocks);
  };
  before(async () => {
    was = await takeOverFrom(0);
  });
  after(async () => {
    await takeOverFrom(was);
  });

  /** sameWithLinks, and every table's caption bracket as read afresh from the version's text. */
  const sameWithBrackets = (e: Engine, previous: CheckResult, edited: string, label: string): CheckResult => {
    const result = sameWithLinks(e, previous, edited, label);
    const doc = result.state.doc;
    for (const table of doc.tables) {
      const caption = table.caption === undefined ? undefined : doc.segments[table.caption]!;
      const paren = caption ? Math.max(doc.text.lastIndexOf('(', caption.start - 1), doc.text.lastIndexOf(')', caption.start - 1)) : -1;
      assert.deepEqual(captionBracket(doc, table), caption ? [paren < 0 ? -1 : caption.start - paren, doc.text[paren]] : [], `${label}: table ${table.id}'s bracket`);
    }
    return result;
  };

  it('a bracket opened or closed before a caption, then edits after the table: the links equal a fresh check’s', () => {
    const lines = OUTLOOK.split('\n');
    const captions = lines.map((l, i) => (l.trim() !== '' && !l.startsWith('|') && lines[i + 2]?.startsWith('|') ? i : -1)).filter((i) => i > 0);
    assert.ok(captions.length >= 2, 'captions above tables');
    const offsetOf = (line: number) => lines.slice(0, line).join('\n').length + 1;
    const edits: Array<(t: string) => string> = [];
    for (const line of captions.slice(0, 3)) {
      const at = offsetOf(line);
      // A bracket in the paragraph before the caption (the caption's bracket changes), then typing after the table
      // (the table is taken over with its cells: the bracket read before must be the one kept).
      edits.push((t) => replaceAt(t, t.lastIndexOf('\n\n', at - 3) + 2, 0, '('));
      edits.push((t) => replaceAt(t, t.indexOf('\n\n', t.indexOf('\n|', at + 1) + 2) + 2, 0, 'x'));
      edits.push((t) => replaceAt(t, t.lastIndexOf('\n\n', at - 3) + 2, 1, ''));
      edits.push((t) => replaceAt(t, t.indexOf('\n\n', t.indexOf('\n|', at + 1) + 2) + 2, 0, ') '));
    }
    assertEditsInTurn(engine, OUTLOOK, edits, sameWithBrackets);
  });

  it('property: keystrokes anywhere, brackets among them, give a fresh check’s links', () => {
    assertKeystrokes(engine, OUTLOOK, ['(', ')', 'x', '', '\n\n'], 20, sameWithBrackets);
  });
});
