// The formula rule: CAGR and percent-change formulas written in $…$ math (or after "CAGR =") must be
// equivalent to the standard ones; a − 1 written inside the exponent gets a certain fix.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, createEngine, type Diagnostic, type Engine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

let engine: Engine;
before(async () => {
  engine = createEngine({ dataset: await loadDefaultDataset() });
});

const formulaFindings = (text: string): Diagnostic[] => engine.check(text).diagnostics.filter((d) => d.ruleId === 'formula');

const LEAD = 'CAGR is calculated as ';
const WRONG = String.raw`$(\text{Final Value}/\text{Initial Value})^{(1/n)-1}$`;
const FIXED = String.raw`$(\text{Final Value}/\text{Initial Value})^{1/n}-1$`;
const TAIL = ', where n is the number of years.\n';

describe('formula rule: CAGR', () => {
  it('flags a − 1 inside the exponent after "CAGR is calculated as"', () => {
    const text = LEAD + WRONG + TAIL;
    const [finding, ...rest] = formulaFindings(text);
    assert.ok(finding, 'one formula finding');
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'error');
    assert.equal(finding.range.start, LEAD.length);
    assert.equal(finding.range.end, LEAD.length + WRONG.length);
    assert.equal(text.slice(finding.range.start, finding.range.end), WRONG);
    assert.equal(finding.stated, WRONG);
    assert.match(finding.message, /exponent/);
  });

  it('offers a certain fix that moves the − 1 out of the exponent', () => {
    const text = LEAD + WRONG + TAIL;
    const [finding] = formulaFindings(text);
    assert.ok(finding?.fix, 'the fix is certain');
    assert.equal(finding.fix.edits.length, 1);
    assert.equal(finding.fix.edits[0]!.newText, FIXED);
    assert.equal(finding.expected, FIXED);
    const fixed = applyFixes(text, [finding]);
    assert.equal(fixed.text, LEAD + FIXED + TAIL);
    assert.equal(fixed.applied, 1);
    assert.deepEqual(formulaFindings(fixed.text), [], 'the fixed formula is accepted');
  });

  it("reports plain offset ranges (the finding's range and its fix edit carry only start and end)", () => {
    const text = LEAD + WRONG + TAIL;
    const [finding] = formulaFindings(text);
    const range = { start: LEAD.length, end: LEAD.length + WRONG.length };
    assert.deepEqual(finding?.range, range);
    assert.deepEqual(finding?.fix?.edits[0]?.range, range);
  });

  const accepted = [
    String.raw`$(F/I)^{1/n} - 1$`,
    String.raw`$\left(\frac{V_f}{V_i}\right)^{1/n} - 1$`,
    String.raw`$100 \times ((F/I)^{1/n} - 1)$`,
    FIXED,
  ];
  for (const tex of accepted) {
    it(`accepts ${tex}`, () => {
      assert.deepEqual(formulaFindings(`${LEAD}${tex}${TAIL}`), []);
    });
  }

  it('flags other wrong CAGR formulas without a certain fix', () => {
    for (const tex of [String.raw`$(F/I)^{1/n}$`, String.raw`$(F/I)^{1/(n-1)} - 1$`, String.raw`$(F - I)/I$`]) {
      const findings = formulaFindings(`${LEAD}${tex}${TAIL}`);
      assert.equal(findings.length, 1, tex);
      assert.equal(findings[0]!.fix, undefined, `${tex}: no certain fix`);
    }
  });

  it('fixes a plain-text formula "CAGR = …^(1/n − 1)" to "…^(1/n) − 1"', () => {
    const text = 'CAGR = (Final Value / Initial Value)^(1/n − 1), where n is the number of years.\n';
    const [finding, ...rest] = formulaFindings(text);
    assert.ok(finding?.fix);
    assert.deepEqual(rest, []);
    assert.equal(applyFixes(text, [finding]).text, 'CAGR = (Final Value / Initial Value)^(1/n) − 1, where n is the number of years.\n');
  });
});

describe('formula rule: percent change', () => {
  it('flags $(F - I)/F$ after "percent change is"', () => {
    const lead = 'The percent change is ';
    const tex = '$(F - I)/F$';
    const findings = formulaFindings(`${lead}${tex}.\n`);
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.range.start, findings[0]!.range.end], [lead.length, lead.length + tex.length]);
    assert.match(findings[0]!.message, /Percent-change formula/);
    assert.equal(findings[0]!.fix, undefined, 'no certain fix for a wrong denominator');
  });

  it('accepts the standard percent change, also × 100', () => {
    assert.deepEqual(formulaFindings('The percent change is $(F - I)/I$.\n'), []);
    assert.deepEqual(formulaFindings(String.raw`The percent change is $100 \times (F - I)/I$.` + '\n'), []);
  });

  it('leaves math alone when no CAGR or change is named before it', () => {
    assert.deepEqual(formulaFindings('The ratio is $(F - I)/F$.\n'), []);
  });
});
