// Suppression comments (disable-next-line / disable-line / disable … enable, per rule or for all
// rules) and rule severity configuration (string and object forms, 'off', unknown rule ids).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, UnknownRuleError, type Dataset, type Diagnostic } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

/** Wrong CAGR: 287 → 638 over 2015–2024 is 9.3%, not 8.3%. */
const CAGR = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).';
/** Wrong share: 31 of 63 is 49.2%, not 52.4%. */
const SHARE = "In 2024, Karolinska Institutet took part in 31 of Keio's 63 Sweden-linked papers, or 52.4%.";
/** Both on one line, as two sentences. */
const BOTH = `${CAGR} Karolinska Institutet took part in 31 of Keio's 63 Sweden-linked papers in 2024, or 52.4%.`;

let dataset: Dataset;
before(async () => {
  dataset = await loadDefaultDataset();
});

/** Joins lines into a draft (1-based line n is lines[n - 1]). */
const draft = (...lines: string[]) => lines.join('\n') + '\n';

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Findings as "line rule stated", in document order. */
function findings(text: string, rules?: Parameters<typeof createEngine>[0]['rules']): string[] {
  const engine = createEngine(rules ? { dataset, rules } : { dataset });
  return engine.check(text).diagnostics.map((d) => `${lineOf(text, d.range.start)} ${d.ruleId} ${text.slice(d.range.start, d.range.end)}`);
}

describe('the fixture sentences', () => {
  it('are flagged without suppression comments: a wrong CAGR and a wrong share', () => {
    assert.deepEqual(findings(draft('# Growth', '', CAGR, '', SHARE)), ['3 cagr 8.3%', '5 share 52.4%']);
    assert.deepEqual(findings(draft(BOTH)), ['1 cagr 8.3%', '1 share 52.4%']);
  });
});

describe('suppression comments', () => {
  it('factlint-disable-next-line cagr silences the next line only', () => {
    const text = draft('# Growth', '', '<!-- factlint-disable-next-line cagr -->', CAGR, CAGR, '', CAGR);
    assert.deepEqual(findings(text), ['5 cagr 8.3%', '7 cagr 8.3%']);
  });

  it('factlint-disable-next-line cagr silences only the cagr rule', () => {
    const text = draft('# Growth', '', '<!-- factlint-disable-next-line cagr -->', BOTH);
    assert.deepEqual(findings(text), ['4 share 52.4%']);
    const other = draft('# Growth', '', '<!-- factlint-disable-next-line share -->', BOTH);
    assert.deepEqual(findings(other), ['4 cagr 8.3%']);
    const listed = draft('# Growth', '', '<!-- factlint-disable-next-line cagr, share -->', BOTH, BOTH);
    assert.deepEqual(findings(listed), ['5 cagr 8.3%', '5 share 52.4%']);
  });

  it('factlint-disable-line silences every rule on its own line only', () => {
    const text = draft('# Growth', '', `${BOTH} <!-- factlint-disable-line -->`, BOTH);
    assert.deepEqual(findings(text), ['4 cagr 8.3%', '4 share 52.4%']);
  });

  it('factlint-disable-line share silences only the share rule', () => {
    const text = draft('# Growth', '', `${BOTH} <!-- factlint-disable-line share -->`);
    assert.deepEqual(findings(text), ['3 cagr 8.3%']);
  });

  it('factlint-disable share … factlint-enable share silences share in between, and nothing else', () => {
    const text = draft(
      '# Growth', // 1
      '',
      SHARE, // 3: before the block
      '',
      '<!-- factlint-disable share -->', // 5
      '',
      SHARE, // 7: silenced
      CAGR, // 8: other rule, kept
      '',
      BOTH, // 10: share silenced, cagr kept
      '',
      '<!-- factlint-enable share -->', // 12
      '',
      SHARE, // 14: after the block
    );
    assert.deepEqual(findings(text), ['3 share 52.4%', '8 cagr 8.3%', '10 cagr 8.3%', '14 share 52.4%']);
  });

  it('factlint-disable … factlint-enable silences every rule in between', () => {
    const text = draft(
      '# Growth', // 1
      '',
      BOTH, // 3
      '',
      '<!-- factlint-disable -->', // 5
      '',
      CAGR, // 7
      SHARE, // 8
      BOTH, // 9
      '',
      '<!-- factlint-enable -->', // 11
      '',
      CAGR, // 13
      SHARE, // 14
    );
    assert.deepEqual(findings(text), ['3 cagr 8.3%', '3 share 52.4%', '13 cagr 8.3%', '14 share 52.4%']);
  });

  it('factlint-disable without an enable silences to the end of the document', () => {
    const text = draft('# Growth', '', CAGR, '', '<!-- factlint-disable cagr -->', '', CAGR, '', SHARE);
    assert.deepEqual(findings(text), ['3 cagr 8.3%', '9 share 52.4%']);
  });

  it('a plain HTML comment suppresses nothing', () => {
    const text = draft('# Growth', '', '<!-- factlint: the next line is fine -->', CAGR);
    assert.deepEqual(findings(text), ['4 cagr 8.3%']);
  });
});

describe('rule severity configuration', () => {
  const text = draft('# Growth', '', CAGR, '', SHARE);
  const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.ruleId === rule);

  it('reports cagr as an error by default', () => {
    const { diagnostics } = createEngine({ dataset }).check(text);
    assert.deepEqual(byRule(diagnostics, 'cagr').map((d) => d.severity), ['error']);
  });

  it("'warning' changes the severity of that rule only", () => {
    const { diagnostics } = createEngine({ dataset, rules: { cagr: 'warning' } }).check(text);
    assert.deepEqual(byRule(diagnostics, 'cagr').map((d) => d.severity), ['warning']);
    assert.deepEqual(byRule(diagnostics, 'share').map((d) => d.severity), ['error']);
  });

  it("'off' removes the rule's findings", () => {
    const { diagnostics } = createEngine({ dataset, rules: { cagr: 'off' } }).check(text);
    assert.deepEqual(byRule(diagnostics, 'cagr'), []);
    assert.equal(byRule(diagnostics, 'share').length, 1);
    assert.equal(createEngine({ dataset, rules: { cagr: { severity: 'off' } } }).check(text).diagnostics.filter((d) => d.ruleId === 'cagr').length, 0);
  });

  it('{ severity: "info" } is the object form', () => {
    const { diagnostics } = createEngine({ dataset, rules: { cagr: { severity: 'info' } } }).check(text);
    assert.deepEqual(byRule(diagnostics, 'cagr').map((d) => d.severity), ['info']);
  });

  it('throws UnknownRuleError for an unknown rule id, naming it', () => {
    assert.throws(
      () => createEngine({ dataset, rules: { 'no-such-rule': 'error' } }),
      (e: unknown) => e instanceof UnknownRuleError && /no-such-rule/.test(e.message),
    );
    assert.throws(() => createEngine({ dataset, rules: { CAGR: 'warning' } }), UnknownRuleError);
  });
});

describe('disable-directive: suppression comments that name an unknown rule or silence nothing', () => {
  const findings = (text: string, rules: Record<string, unknown> = {}) =>
    createEngine({ dataset, rules: rules as never }).check(text).diagnostics.map((d) => `${lineOf(text, d.range.start)}:${d.ruleId}:${d.message}`);

  it('a misspelt rule id is reported (with the rule meant), and the finding it meant to silence stays', () => {
    const text = draft('<!-- factlint-disable-next-line cgar -->', CAGR);
    assert.deepEqual(findings(text).map((f) => f.split(':').slice(0, 2).join(':')), ['1:disable-directive', '2:cagr']);
    assert.match(findings(text)[0]!, /names an unknown rule "cgar" \(did you mean "cagr"\?\): it silences nothing\.$/);
  });

  it('with { unused: true }, comments that silence nothing are reported and those that silence a finding are not', () => {
    const text = draft('<!-- factlint-disable-next-line cagr -->', CAGR, '', '<!-- factlint-disable-next-line share cagr -->', SHARE, '', '<!-- factlint-disable -->', 'No numbers here.', '<!-- factlint-enable -->');
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text, { 'disable-directive': { unused: true } }), [
      '4:disable-directive:factlint-disable-next-line for "cagr" silences nothing: remove it or drop "cagr" from it.',
      '7:disable-directive:factlint-disable silences nothing: remove it.',
    ]);
  });
});
