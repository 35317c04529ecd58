// Engine additions for editors: inspect() at an offset, fixAll() until stable, suppressionEdit(), rule docs metadata.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { applyEdits, CheckCancelledError, createEngine, suppressionEdit, type Dataset, type Engine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

let dataset: Dataset;
let engine: Engine;
before(async () => {
  dataset = await loadDefaultDataset();
  engine = createEngine({ dataset });
});

describe('inspect()', () => {
  it('on an entity name gives its card with facts by year and partner and their sources', () => {
    const text = 'Keio University co-authored 63 papers with Sweden in 2024.\n';
    const result = engine.check(text);
    const found = engine.inspect(result, text.indexOf('Keio') + 2);
    assert.equal(found?.kind, 'entity');
    if (found?.kind !== 'entity') return;
    assert.equal(found.entity.id, 'keio');
    assert.deepEqual(found.range, { start: 0, end: 'Keio University'.length });
    const row = found.facts.find((f) => f.time === '2024' && f.value === '63');
    assert.ok(row, JSON.stringify(found.facts.slice(0, 5)));
    assert.ok(row.source.length > 0);
  });

  it('on a wrong CAGR gives the mismatch with the expected value; on a right one the verified check with its formula', () => {
    const wrong = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';
    const w = engine.inspect(engine.check(wrong), wrong.indexOf('8.3'));
    assert.equal(w?.kind, 'claim');
    if (w?.kind !== 'claim') return;
    assert.equal(w.status, 'mismatched');
    assert.equal(w.findings[0]?.ruleId, 'cagr');
    assert.equal(w.findings[0]?.expected, '+9.3%');
    const right = wrong.replace('8.3', '9.3');
    const r = engine.inspect(engine.check(right), right.indexOf('9.3'));
    assert.equal(r?.kind, 'claim');
    if (r?.kind !== 'claim') return;
    assert.equal(r.status, 'verified');
    assert.match(r.checks.find((c) => c.ruleId === 'cagr')?.check ?? '', /638 \/ 287.*1\/9/);
  });

  it('on a dataset-linked value gives its reading and the fact with its source', () => {
    const text = 'RIKEN’s 2015 collaboration score was 810.\n';
    const found = engine.inspect(engine.check(text), text.indexOf('810'));
    assert.equal(found?.kind, 'claim');
    if (found?.kind !== 'claim') return;
    assert.equal(found.reading.time, '2015');
    assert.match(found.reading.subject ?? '', /RIKEN/);
    assert.equal(found.fact?.value, '801');
    assert.equal(found.status, 'mismatched');
  });

  it('on a claim the dataset cannot confirm gives the facts it holds for that entity and measure', () => {
    const text = 'RIKEN’s 2019 collaboration score was 812.\n';
    const found = engine.inspect(engine.check(text), text.indexOf('812'));
    assert.equal(found?.kind, 'claim');
    if (found?.kind !== 'claim') return;
    assert.equal(found.status, 'unverified');
    assert.ok(found.candidates.some((c) => c.time === '2015' && c.value === '801'), JSON.stringify(found.candidates));
  });

  it('on a footnote call gives its definition, and says when there is none', () => {
    const text = 'The cluster grew.[^a] It did.[^b]\n\n[^a]: Source: the ministry, 2024.\n';
    const result = engine.check(text);
    const a = engine.inspect(result, text.indexOf('[^a]') + 1);
    assert.deepEqual(a?.kind === 'footnote' && [a.label, a.definition], ['a', 'Source: the ministry, 2024.']);
    const b = engine.inspect(result, text.indexOf('[^b]') + 1);
    assert.deepEqual(b?.kind === 'footnote' && [b.label, b.definition], ['b', undefined]);
  });

  it('on plain prose gives nothing', () => {
    const text = 'Plain words here.\n';
    assert.equal(engine.inspect(engine.check(text), 3), undefined);
  });
});

describe('fixAll()', () => {
  it('fixes the outlook sample until no fixable finding is left, and the fixed text checks clean of them', async () => {
    const text = await readFile(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
    const fixed = engine.fixAll(text);
    assert.ok(fixed.applied > 0);
    assert.notEqual(fixed.text, text);
    assert.equal(fixed.after.diagnostics.filter((d) => d.fix).length, 0);
    assert.deepEqual(engine.check(fixed.text).diagnostics.filter((d) => d.fix), []);
    assert.equal(fixed.before.text, text);
  });

  it('returns the text unchanged when nothing is fixable', () => {
    const text = '# Clean\n\nNothing to see.\n';
    const fixed = engine.fixAll(text);
    assert.equal(fixed.text, text);
    assert.equal(fixed.passes, 0);
  });
});

describe('suppressionEdit()', () => {
  it('puts disable-next-line above a block’s first line, and the finding is gone', () => {
    const text = 'Intro.\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';
    const result = engine.check(text);
    const d = result.diagnostics.find((x) => x.ruleId === 'cagr')!;
    const edit = suppressionEdit(result, d.range.start, 'cagr')!;
    const after = applyEdits(text, [edit]).text;
    assert.match(after, /<!-- factlint-disable-next-line cagr -->\nUTokyo/);
    assert.deepEqual(engine.check(after).diagnostics.filter((x) => x.ruleId === 'cagr'), []);
  });

  it('appends disable-line on a later line of a paragraph, keeping the paragraph whole', () => {
    const text = 'A first line of the paragraph.\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';
    const result = engine.check(text);
    const d = result.diagnostics.find((x) => x.ruleId === 'cagr')!;
    const after = applyEdits(text, [suppressionEdit(result, d.range.start, 'cagr')!]).text;
    assert.match(after, /CAGR \+8\.3%\)\. <!-- factlint-disable-line cagr -->\n/);
    assert.deepEqual(engine.check(after).diagnostics.filter((x) => x.ruleId === 'cagr'), []);
  });
});

describe('checkAsync()', () => {
  const text = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n';

  it('gives the host a turn between steps and returns what check() returns', async () => {
    let turns = 0;
    const result = await engine.checkAsync(text, undefined, async () => void turns++);
    assert.deepEqual(result.diagnostics, engine.check(text).diagnostics);
    assert.equal(turns, 2 + engine.rules.filter((r) => r.defaultSeverity !== 'off').length);
  });

  it('stops with CheckCancelledError when the cancellation flips during a turn', async () => {
    const token = { isCancellationRequested: false };
    let turns = 0;
    await assert.rejects(
      engine.checkAsync(text, { cancellation: token }, async () => {
        if (++turns === 2) token.isCancellationRequested = true;
      }),
      CheckCancelledError,
    );
    assert.equal(turns, 2);
  });
});

describe('rule metadata for editors', () => {
  it('every rule has a docs URL to its page, and the rules that suggest say so', () => {
    for (const rule of engine.rules) assert.equal(rule.docsUrl, `https://github.com/factlint/factlint/blob/main/docs/rules/${rule.id}.md`);
    assert.equal(engine.rules.find((r) => r.id === 'granularity')?.hasSuggestions, true);
    assert.equal(engine.rules.find((r) => r.id === 'share')?.hasSuggestions, false);
  });
});
