// Tests of the recomputed formulas (engine/arithmetic) against the seed drafts' facts, plus inverse properties.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { cagr, granularity, percentChange, sharePercent, sumWithinRounding } from '../../server/dist/engine/arithmetic.js';
import { roundHalfAwayFromZero } from '../../server/dist/engine/numbers.js';

const at = (value: number | undefined, decimals: number): number => roundHalfAwayFromZero(value!, decimals);

describe('cagr', () => {
  it('reproduces the co-authorship growth rates of the Tokyo–Yokohama outlook', () => {
    assert.equal(at(cagr(287, 638, 9), 1), 9.3);
    assert.equal(at(cagr(165, 201, 9), 1), 2.2);
    assert.equal(at(cagr(21, 63, 9), 1), 13.0);
  });

  it('is undefined without a positive start, a non-negative end and a positive period', () => {
    assert.equal(cagr(0, 5, 3), undefined);
    assert.equal(cagr(-1, 5, 3), undefined);
    assert.equal(cagr(1, -5, 3), undefined);
    assert.equal(cagr(1, 5, 0), undefined);
    assert.equal(cagr(10, 0, 2), -100);
  });

  it('property: initial · (1 + c/100)^years recovers final', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (initial, final, years) => {
          const c = cagr(initial, final, years)!;
          const back = initial * (1 + c / 100) ** years;
          assert.ok(Math.abs(back - final) <= 1e-9 * Math.max(final, initial), `${initial} → ${final} over ${years}: ${back}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('percentChange and sharePercent', () => {
  it('reproduces the seed changes and shares', () => {
    assert.equal(at(percentChange(287, 638), 1), 122.3);
    assert.equal(at(percentChange(473, 902), 1), 90.7);
    assert.equal(at(sharePercent(638, 902), 1), 70.7);
    assert.equal(at(sharePercent(2022, 4181), 1), 48.4);
  });

  it('is undefined for a zero or negative base and a non-positive total', () => {
    assert.equal(percentChange(0, 5), undefined);
    // "-100 → 50" is no "-150%": a percent change of a negative base means nothing.
    assert.equal(percentChange(-100, 50), undefined);
    assert.equal(sharePercent(5, 0), undefined);
    assert.equal(sharePercent(5, -2), undefined);
  });

  it('property: initial · (1 + p/100) recovers final', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (initial, final) => {
        const back = initial * (1 + percentChange(initial, final)! / 100);
        assert.ok(Math.abs(back - final) <= 1e-9 * Math.max(Math.abs(initial), Math.abs(final)), `${initial} → ${final}: ${back}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('granularity', () => {
  it('finds 41.7% unreachable with 13 respondents and names the neighbours', () => {
    assert.deepEqual(granularity(41.7, 1, 13), {
      reachable: false,
      nearest: [{ count: 5, percent: 38.5 }, { count: 6, percent: 46.2 }],
    });
  });

  it('finds reachable shares and puts a matching count first', () => {
    const result = granularity(70.7, 1, 902);
    assert.equal(result.reachable, true);
    assert.deepEqual(result.nearest[0], { count: 638, percent: 70.7 });
    assert.equal(granularity(0, 0, 7).reachable, true);
    assert.equal(granularity(100, 0, 7).reachable, true);
    assert.equal(granularity(101, 0, 7).reachable, false);
  });

  it('rejects totals that are not whole numbers ≥ 1', () => {
    assert.throws(() => granularity(50, 0, 0), RangeError);
    assert.throws(() => granularity(50, 0, 2.5), RangeError);
  });

  it('property: every rounded share of a whole count is reachable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 }), (total, fraction, d) => {
        const k = Math.round(fraction * total);
        const result = granularity(roundHalfAwayFromZero((k / total) * 100, d), d, total);
        assert.ok(result.reachable, `${k}/${total} at ${d}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sumWithinRounding', () => {
  const parts = (values: number[]) => values.map((value) => ({ value, decimals: 0 }));

  it('accepts the regional shares that add to 100 and flags a 3-point overshoot', () => {
    assert.deepEqual(sumWithinRounding(parts([23, 17, 9, 8, 7, 36]), 100), { sum: 100, tolerance: 3, ok: true });
    assert.deepEqual(sumWithinRounding(parts([23, 17, 9, 8, 7, 39]), 100), { sum: 103, tolerance: 3, ok: false });
    assert.equal(sumWithinRounding(parts([23, 17, 9, 8, 7, 38]), 100).ok, true);
  });

  it('sums each part’s own half unit', () => {
    const thirds = (last: number) => [{ value: 33.3, decimals: 1 }, { value: 33.3, decimals: 1 }, { value: last, decimals: 0 }];
    const result = sumWithinRounding(thirds(33), 100);
    assert.ok(Math.abs(result.tolerance - 0.6) < 1e-12);
    assert.equal(result.ok, true);
    assert.equal(sumWithinRounding(thirds(32), 100).ok, false);
  });

  it('property: parts rounded from values that add up to the target are accepted', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (values, d) => {
        const target = values.reduce((a, b) => a + b, 0);
        const rounded = values.map((v) => ({ value: roundHalfAwayFromZero(v, d), decimals: d }));
        assert.ok(sumWithinRounding(rounded, target).ok);
      }),
      { numRuns: 2000 },
    );
  });
});
