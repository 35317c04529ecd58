// Group claims across versions (perf-key11): a group the dataset holds in full ("the four observatories") read as a
// total or as the whole of a share, "of that total" after a sentence that named the group, and an elliptic share
// ("…, and KVO 20.0%") are read per segment; outside an edit's scope a segment's claims, and the group it leaves in
// view for the segments after it in its section, are the previous version's, moved. A check handed the previous result
// must give what a fresh full check gives: after edits to the sentence that named the group, to the heading between, to
// the year, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { datasetGroupClaims } from '../../server/dist/engine/context/parts-dataset-groups.js';

const dataset = datasetOf({
  'volcanoes.json': {
    sources: [{ id: 'alert-log', title: 'Made-up Volcano Alert Log 2024', publisher: 'Made-up Volcano Board', year: 2024 }],
    entities: [
      { id: 'hwo', name: 'Hekla Watch Observatory', aliases: ['HWO'], kind: 'research-institute', country: 'Iceland' },
      { id: 'kvo', name: 'Katla Vigil Observatory', aliases: ['KVO'], kind: 'research-institute', country: 'Iceland' },
      { id: 'eto', name: 'Etna Tephra Observatory', aliases: ['ETO'], kind: 'research-institute', country: 'Italy' },
      { id: 'vso', name: 'Villarrica Seismic Observatory', aliases: ['VSO'], kind: 'research-institute', country: 'Chile' },
    ],
    metrics: [{ id: 'alerts', label: 'Volcanic alerts issued', unit: 'count', phrases: ['volcanic alerts', 'alerts', 'alert notices'] }],
    observations: (
      [
        ['hwo', 120, 150],
        ['kvo', 80, 90],
        ['eto', 200, 210],
        ['vso', 50, 40],
      ] as const
    ).flatMap(([entity, a22, a23]) => [
      { entity, metric: 'alerts', year: 2022, value: a22, source: 'alert-log' },
      { entity, metric: 'alerts', year: 2023, value: a23, source: 'alert-log' },
    ]),
  },
});

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

function observed(result: CheckResult): unknown {
  return { diagnostics: JSON.stringify(result.diagnostics), coverage: result.coverage, verified: JSON.stringify(result.state.verified) };
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

function assertSame(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  assert.deepEqual(observed(incremental), observed(engine.check(edited)), label);
  return incremental;
}

const replaceAt = (text: string, at: number, length: number, by: string) => text.slice(0, at) + by + text.slice(at + length);

describe('group claims across versions', () => {
  it('gives a segment’s claims again outside the scope, moved to the new version’s tokens', () => {
    const text = draft(8);
    const first = engine.check(text);
    const claims = datasetGroupClaims(first.state.doc, dataset);
    assert.ok(claims.totals.length >= 8 && claims.shares.length >= 16, `${claims.totals.length} totals, ${claims.shares.length} shares`);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'share'), first.diagnostics.map((d) => d.ruleId).join(', '));
    const at = text.indexOf('monitoring season', Math.floor(text.length / 2));
    const next = assertSame(first, replaceAt(text, at, 0, 'x'), 'one letter typed');
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
    let text = draft(4);
    let result = engine.check(text);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('Across all four observatories, alerts came to 490 in 2023.', 'Across all four observatories, alerts came to 490 in 2022.'),
      (t) => t.replace('Across all four observatories, alerts came to 490 in 2022.', 'Across all four observatories, alerts came to 490 in 2022.\n\n## Staff'),
      (t) => t.replace('\n\n## Staff', ''),
      (t) => t.replace("and KVO 20.0%.", "and KVO grew 20.0%."),
      (t) => t.replace('## Review 2', '## Review two'),
    ];
    for (const [i, edit] of edits.entries()) {
      const edited = edit(text);
      assert.notEqual(edited, text, `edit ${i + 1} applies`);
      text = edited;
      result = assertSame(result, text, `edit ${i + 1}`);
    }
  });

  it('property: keystrokes anywhere, chained from the last result, equal a fresh check', () => {
    const text0 = draft(4);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('x', ' ', '5', '\n', '#', '', '## ', ' of that total', 'the four ', '2022')), { minLength: 1, maxLength: 6 }), (edits) => {
        let text = text0;
        let result = engine.check(text);
        edits.forEach(([f, by], i) => {
          const at = Math.floor(f * text.length);
          text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
          result = assertSame(result, text, `edit ${i + 1}: ${JSON.stringify(by)} at ${at}`);
        });
      }),
      { numRuns: 60 },
    );
  });
});
