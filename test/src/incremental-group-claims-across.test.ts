// Group claims across versions (perf-key11): a group the dataset holds in full ("the four observatories") read as a
// total or as the whole of a share, "of that total" after a sentence that named the group, and an elliptic share
// ("…, and KVO 20.0%") are read per segment; outside an edit's scope a segment's claims, and the group it leaves in
// view for the segments after it in its section, are the previous version's, moved. A check handed the previous result
// must give what a fresh full check gives: after edits to the sentence that named the group, to the heading between, to
// the year, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { volcanoObservatories } from './made-up-datasets.js';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { datasetGroupClaims } from '../../server/dist/engine/context/parts-dataset-groups.js';

const dataset = volcanoObservatories();

const FILLER = 'The monitoring season ran from the spring thaw to the first heavy snow, with two crews at each site.';

function draft(sections: number): string {
  const parts = ['# Observatories: alerts in review', '', 'This review covers the made-up observatories.', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Review ${i + 1}`,
      '',
      FILLER,
      '',
      // The group named, then "of that total" in the next paragraph of the section.
      `Across all four observatories, alerts came to ${i % 2 ? '490' : '480'} in 2023.`,
      '',
      `HWO's 150 alerts were ${i % 3 ? '33.3' : '30.6'}% of that total.`,
      '',
      `In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO ${i % 2 ? '20.0' : '18.4'}%.`,
      '',
      `The four observatories issued ${i % 2 ? '450' : '460'} alerts in 2022.`,
      '',
    );
  }
  return parts.join('\n');
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('group claims across versions', () => {
  it('gives a segment’s claims again outside the scope, moved to the new version’s tokens', () => {
    const text = draft(8);
    const first = engine.check(text);
    const claims = datasetGroupClaims(first.state.doc, dataset);
    assert.ok(claims.totals.length >= 8 && claims.shares.length >= 16, `${claims.totals.length} totals, ${claims.shares.length} shares`);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'share'), first.diagnostics.map((d) => d.ruleId).join(', '));
    const at = text.indexOf('monitoring season', Math.floor(text.length / 2));
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const doc = next.state.doc;
    const scope = versionScope(doc)!;
    assert.ok(scope && scope.from > 0 && scope.to < doc.segments.length - 1);
    const now = datasetGroupClaims(doc, dataset);
    const tokens = new Set(doc.segments.flatMap((s) => s.tokens));
    for (const c of [...now.totals, ...now.shares]) assert.ok(tokens.has(c.stated), `the new version's token at ${c.stated.start}`);
    const kept = now.shares.filter((s) => claims.shares.includes(s)).length;
    assert.ok(kept > 0 && kept < now.shares.length, `${kept} of ${now.shares.length} shares given again unmoved`);
  });

  it('reads again after edits to the sentence that named the group, the heading between, the year', () => {
    assertEditsInTurn(engine, draft(4), [
      (t) => t.replace('Across all four observatories, alerts came to 490 in 2023.', 'Across all four observatories, alerts came to 490 in 2022.'),
      (t) => t.replace('Across all four observatories, alerts came to 490 in 2022.', 'Across all four observatories, alerts came to 490 in 2022.\n\n## Staff'),
      (t) => t.replace('\n\n## Staff', ''),
      (t) => t.replace("and KVO 20.0%.", "and KVO grew 20.0%."),
      (t) => t.replace('## Review 2', '## Review two'),
    ]);
  });

  it('property: keystrokes anywhere, chained from the last result, equal a fresh check', () => {
    assertKeystrokes(engine, draft(4), ['x', ' ', '5', '\n', '#', '', '## ', ' of that total', 'the four ', '2022']);
  });

  // perf-key57: after an edit whose scope opens at a heading, the claims of the segments before it are the previous
  // version's lists, taken in one slice; "of the regional total" before the scope reads the group sizes the whole
  // document names, so a size named in the scope takes nothing over.
  it('takes the claims before the scope over as they were, and equals a fresh check', () => {
    const text = draft(8);
    const first = engine.check(text);
    const claims = datasetGroupClaims(first.state.doc, dataset);
    const at = text.indexOf('monitoring season', text.indexOf('## Review 8'));
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'near the end');
    const now = datasetGroupClaims(next.state.doc, dataset);
    const edge = next.state.doc.segments[versionScope(next.state.doc)!.from]!.start;
    const beforeScope = claims.totals.filter((c) => c.stated.start < edge);
    assert.ok(beforeScope.length >= 7, `${beforeScope.length} totals before the scope`);
    beforeScope.forEach((c, i) => assert.equal(now.totals[i], c, `total ${i} is the previous version's`));
    const fresh = datasetGroupClaims(engine.check(replaceAt(text, at, 0, 'x')).state.doc, dataset);
    const starts = (c: { totals: Array<{ stated: { start: number } }>; shares: Array<{ stated: { start: number } }>; words: unknown[] }) => [c.totals.map((t) => t.stated.start), c.shares.map((t) => t.stated.start), c.words.length];
    assert.deepEqual(starts(now), starts(fresh));

    // Keystrokes in the last sections, chained, with "of the regional total" early in the draft.
    const regional = text.replace("HWO's 150 alerts were 30.6% of that total.", "HWO's 150 alerts were 30.6% of the regional total.");
    assert.notEqual(regional, text);
    const late = regional.indexOf('## Review 7');
    assertEditsInTurn(engine, regional, [
      (t) => replaceAt(t, t.indexOf('monitoring season', late), 0, 'x'),
      (t) => t.replace('The four observatories issued 460 alerts in 2022.\n\n## Review 8', 'The three observatories issued 460 alerts in 2022.\n\n## Review 8'),
      (t) => replaceAt(t, t.indexOf('monitoring season', t.indexOf('## Review 8')), 0, 'y'),
      (t) => t.replace('The three observatories issued 460', 'The four observatories issued 460'),
      (t) => replaceAt(t, t.indexOf('## Review 8') + 3, 0, 'z'),
    ]);
    assertKeystrokes(engine, regional.slice(0, regional.indexOf('## Review 5')) + regional.slice(regional.indexOf('## Review 5')).replace(/## Review 6/, '## Review 6\n\nThe three observatories issued 12 alerts.'), ['x', '', '## ', 'the four ', 'three ', ' of the regional total'], 30);
  });

  it('reads "of the regional total" before the scope again when the group sizes the document names change in it', () => {
    const parts = ['# Observatories: alerts in review', '', '## Regional', '', "HWO's 150 alerts in 2023 were 20.0% of the regional total.", ''];
    for (let i = 0; i < 6; i++) parts.push(`## Review ${i + 1}`, '', FILLER, '', `HWO had ${i + 3} crews.`, '');
    parts.push('## Last', '', FILLER, '', 'The four observatories issued 460 alerts in 2022.', '');
    const text = parts.join('\n');
    const starts = (doc: Parameters<typeof datasetGroupClaims>[0]) => datasetGroupClaims(doc, dataset).shares.map((s) => s.stated.start);
    let result = engine.check(text);
    assert.equal(starts(result.state.doc).length, 1, 'the regional share is read while the document names four observatories');
    let now = text;
    for (const edit of [(t: string) => t.replace('The four observatories', 'The three observatories'), (t: string) => t.replace('The three observatories', 'The four observatories'), (t: string) => replaceAt(t, t.indexOf('monitoring', t.indexOf('## Last')), 0, 'x')]) {
      now = edit(now);
      result = engine.check(now, { previous: result });
      assert.deepEqual(starts(result.state.doc), starts(engine.check(now).state.doc), now.slice(-60));
    }
  });
});

describe('a share of "the regional total" across versions', () => {
  it('follows the group sizes the document names, also when they change in another section (perf-key57)', () => {
    const text = ["## HWO", '', "HWO's 150 alerts in 2023 were 20.0% of the regional total.", '', '## Review', '', FILLER, '', 'The four observatories issued 460 alerts in 2022.', ''].join('\n');
    const first = engine.check(text);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'share'), 'the regional share is read while the document names a group of four');
    const at = text.indexOf('four observatories');
    const next = assertSame(engine, first, replaceAt(text, at, 4, 'three'), 'the group size changed in the last section');
    assert.ok(!next.diagnostics.some((d) => d.ruleId === 'share'), 'no group of four is named any more');
    assertSame(engine, next, text, 'and named again');
  });
});
