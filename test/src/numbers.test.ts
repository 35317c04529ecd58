// Tests of number recognition, range pairing, rounding and style-preserving formatting (engine/numbers).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  formatLike,
  isConsistentAtPrecision,
  pairRanges,
  roundHalfAwayFromZero,
  scanNumbers,
  spelledNumber,
  spelledOrdinal,
  mayHoldNumbers,
  type NumberToken,
} from '../../server/dist/engine/numbers.js';

/** Scans `text`, checks every token's offsets against its text, and returns the tokens. */
function scan(text: string): NumberToken[] {
  const tokens = scanNumbers(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  return tokens;
}

function only(text: string): NumberToken {
  const tokens = scan(text);
  assert.equal(tokens.length, 1, `one token in ${JSON.stringify(text)}, got ${JSON.stringify(tokens.map((t) => t.text))}`);
  return tokens[0]!;
}

const texts = (text: string): string[] => scan(text).map((t) => t.text);

describe('scanNumbers: digits, grouping and decimals', () => {
  it('reads a comma-grouped count and a percent from a table row', () => {
    const text = 'Stockholm University | 2,022 | 48.4%';
    const [count, share] = scan(text);
    assert.deepEqual([count!.start, count!.end, count!.value, count!.style.group, count!.kind], [23, 28, 2022, ',', 'plain']);
    assert.equal(count!.yearLike, false);
    assert.deepEqual([share!.text, share!.kind, share!.value, share!.decimals, share!.style.percentSuffix], ['48.4%', 'percent', 48.4, 1, '%']);
  });

  it('accepts space, NBSP, narrow NBSP and thin space as group separators', () => {
    for (const sep of [' ', '\u00a0', '\u202f', '\u2009'] as const) {
      const t = only(`total 2${sep}022${sep}500 units`);
      assert.equal(t.value, 2022500);
      assert.equal(t.style.group, sep);
    }
  });

  it('groups with a space only after 1–3 digits and before exactly 3 digits', () => {
    assert.deepEqual(texts('in 2015 2024'), ['2015', '2024']);
    assert.deepEqual(texts('rows 15 2024'), ['15', '2024']);
    assert.deepEqual(texts('1 2345 and 12 34'), ['1', '2345', '12', '34']);
    // "9,10" is a list or a decimal comma: without a document-wide decimal mark it is left unread.
    assert.deepEqual(texts('footnotes 9,10'), []);
    assert.deepEqual(texts('mixed 1,234 567'), ['1,234', '567']);
  });

  it('reads decimals as the stated precision', () => {
    const t = only('GERD reaching 3.44% of GDP');
    assert.deepEqual([t.value, t.decimals], [3.44, 2]);
    const grouped = only('1,234,567.50');
    assert.deepEqual([grouped.value, grouped.decimals], [1234567.5, 2]);
    assert.deepEqual([only('MIRAI 3.0').value, only('MIRAI 3.0').decimals], [3, 1]);
  });

  it('needs a leading digit and rejects dotted sequences', () => {
    assert.deepEqual(texts('.5 of them'), []);
    assert.deepEqual(texts('version 1.2.3 and 212.4500.1239'), []);
    assert.deepEqual(texts('ended in 2024.'), ['2024']);
  });

  it('reports UTF-16 offsets', () => {
    const t = only('😀 5%');
    assert.deepEqual([t.start, t.end], [3, 5]);
  });
});

describe('scanNumbers: identifiers are not numbers', () => {
  it('skips digits inside words', () => {
    for (const text of ['K2K', 'T2K', 'semiconductors, 6G, and advanced connectivity', 'PF-AR', 'x2', 'main_2020', 'the 1990s', 'XA$5', 'BA$5']) {
      assert.deepEqual(texts(text), [], text);
    }
  });

  it('reads a country’s dollar and an ISO code in capitals as money, not a code in lower case', () => {
    assert.deepEqual([only('A$5 million').currency, only('A$5 million').value], ['AUD', 5]);
    assert.deepEqual([only('NZ$3.1m').currency, only('NZ$3.1m').value], ['NZD', 3.1]);
    assert.deepEqual([only('CHF 12.3 million').currency, only('CHF 12.3 million').kind], ['CHF', 'currency']);
    assert.equal(only('chf 12.3 million').kind, 'plain');
  });

  it('reads road numbers and postcodes without inventing a sign', () => {
    assert.equal(only('national road Route 16.').value, 16);
    const [code, tail] = scan('SE-111 60 Stockholm');
    assert.deepEqual([code!.text, code!.value, code!.style.sign], ['111', 111, '']);
    assert.equal(tail!.text, '60');
  });

  it('skips clock times: a live blog’s "10:42" is no figure', () => {
    assert.deepEqual(texts('**10:42** — the panel met; at 9:05 am 45 papers; 12:30:15 h'), ['45']);
    // A year or a figure before a colon and a space stays.
    assert.deepEqual(texts('2024: 45 papers; ratio 3:1'), ['2024', '45', '3', '1']);
  });

  it('skips URLs and DOIs whole', () => {
    assert.deepEqual(texts('doi:10.1787/41e807f9-en'), []);
    assert.deepEqual(texts('OECD, 2016). doi:10.1787/reg\\_glance-2016-en.'), ['2016']);
    assert.deepEqual(texts('see 10.1787/reg_glance-2016-en'), []);
    assert.deepEqual(texts('[https://www.esri.cao.go.jp/jp/43554.html](https://www.esri.cao.go.jp/jp/43554.html) in 2020'), ['2020']);
    assert.deepEqual(texts('<https://www.science.org/doi/10.1126/science.212.4500.1239>'), []);
  });
});

describe('scanNumbers: signs', () => {
  it('reads explicit signs after whitespace and opening punctuation', () => {
    const text = 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +9.3%)';
    const tokens = scan(text);
    assert.deepEqual(tokens.map((t) => t.text), ['287', '2015', '638', '2024', '+122%', '+9.3%']);
    assert.deepEqual(tokens.map((t) => t.value), [287, 2015, 638, 2024, 122, 9.3]);
    assert.deepEqual(tokens.map((t) => t.kind), ['plain', 'plain', 'plain', 'plain', 'percent', 'percent']);
    assert.deepEqual(tokens.map((t) => t.yearLike), [false, true, false, true, false, false]);
    assert.deepEqual([tokens[4]!.style.sign, tokens[5]!.decimals], ['+', 1]);
    assert.deepEqual(texts('[-5] :-5 ,-5 ;-5 a -5'), ['-5', '-5', '-5', '-5', '-5']);
    assert.equal(only('-5 at the start').value, -5);
  });

  it('reads U+2212 as a minus sign and a sign before a currency prefix', () => {
    const minus = only('fell \u22123.2%');
    assert.deepEqual([minus.value, minus.style.sign], [-3.2, '\u2212']);
    const money = only('a loss of -$5m');
    assert.deepEqual([money.text, money.value, money.currency, money.scale, money.style.sign], ['-$5m', -5, 'USD', 'million', '-']);
  });

  it('never reads a hyphen between numbers or after a word, or a dash, as a sign', () => {
    const [a, b] = scan('2015-2024');
    assert.deepEqual([a!.text, b!.text, b!.value, b!.style.sign], ['2015', '2024', 2024, '']);
    assert.equal(only('a 1,377-strong workforce').value, 1377);
    assert.deepEqual(texts('gap \u20135 and \u20146'), ['5', '6']);
    assert.equal(scan('gap \u20135')[0]!.value, 5);
  });

  it('formats -0 as 0', () => {
    assert.ok(Object.is(only('-0.0%').value, 0));
  });
});

describe('scanNumbers: percent, currency and scale', () => {
  it('reads every percent suffix', () => {
    const cases: Array<[string, string]> = [['5%', '%'], ['5 %', ' %'], ['5\u00a0%', '\u00a0%'], ['5 per cent', ' per cent'], ['5 percent', ' percent'], ['5 pc', ' pc']];
    for (const [text, suffix] of cases) {
      const t = only(text);
      assert.deepEqual([t.kind, t.value, t.style.percentSuffix, t.text], ['percent', 5, suffix, text]);
    }
    assert.deepEqual(texts('5 percentage points, 5 pcs'), ['5', '5']);
    assert.deepEqual(texts('down 6.4% from its peak in 2012'), ['6.4%', '2012']);
  });

  it('reads currency prefixes with scales', () => {
    const text = 'reaching USD 6.1 billion in 2024';
    const [money, year] = scan(text);
    assert.deepEqual([money!.start, money!.end, money!.kind, money!.value, money!.decimals], [9, 24, 'currency', 6.1, 1]);
    assert.deepEqual([money!.currency, money!.scale, money!.style.currencyPrefix, money!.style.scaleText], ['USD', 'billion', 'USD ', ' billion']);
    assert.equal(year!.yearLike, true);
    const trade = scan('The United States trade with Japan in 2020 totaled $252 billion.');
    assert.deepEqual(trade.map((t) => t.text), ['2020', '$252 billion']);
    assert.deepEqual([trade[1]!.currency, trade[1]!.value, trade[1]!.scale], ['USD', 252, 'billion']);
  });

  it('normalises currency prefixes and suffixes', () => {
    const cases: Array<[string, string, string, string]> = [
      ['USD6.1', 'USD', 'USD', ''], ['US$3 bn', 'USD', 'US$', ''], ['¥300', 'JPY', '¥', ''], ['€4', 'EUR', '€', ''],
      ['JPY 5', 'JPY', 'JPY ', ''], ['EUR 5', 'EUR', 'EUR ', ''], ['SEK 5', 'SEK', 'SEK ', ''], ['KRW 5', 'KRW', 'KRW ', ''],
      ['5 USD', 'USD', '', ' USD'], ['5 dollars', 'USD', '', ' dollars'], ['5 euros', 'EUR', '', ' euros'],
      ['5 kronor', 'SEK', '', ' kronor'], ['5 000 won', 'KRW', '', ' won'], ['10 million yen', 'JPY', '', ' yen'],
    ];
    for (const [text, currency, prefix, suffix] of cases) {
      const t = only(text);
      assert.deepEqual([t.kind, t.currency, t.style.currencyPrefix, t.style.currencySuffix, t.text], ['currency', currency, prefix, suffix, text]);
    }
  });

  it('reads a scale before a currency suffix', () => {
    const t = only('3.45 trillion yen');
    assert.deepEqual([t.kind, t.value, t.decimals, t.scale, t.currency, t.style.scaleText, t.style.currencySuffix], ['currency', 3.45, 2, 'trillion', 'JPY', ' trillion', ' yen']);
  });

  it('does not read a hyphenated scale', () => {
    const t = scan('3.45 tril-lion yen')[0]!;
    assert.deepEqual([t.text, t.kind, t.value, t.scale], ['3.45', 'plain', 3.45, undefined]);
  });

  it('keeps a scale without a currency plain', () => {
    const t = only('1.2 billion people');
    assert.deepEqual([t.kind, t.scale, t.text], ['plain', 'billion', '1.2 billion']);
    assert.equal(only('US jobs: 2 million').scale, 'million');
  });

  it('reads single-letter scales only after a currency prefix', () => {
    assert.equal(only('$5 m').scale, 'million');
    const metres = scan('5 m deep')[0]!;
    assert.deepEqual([metres.text, metres.scale], ['5', undefined]);
    assert.deepEqual(texts('5m deep'), []);
  });
});

describe('scanNumbers: ordinals', () => {
  it('reads digit ordinals with their suffix as written', () => {
    for (const [text, value] of [['1st', 1], ['2nd', 2], ['3rd', 3], ['29th', 29], ['11th', 11], ['1,000th', 1000]] as const) {
      const t = only(text);
      assert.deepEqual([t.kind, t.value, t.decimals, t.style.ordinalSuffix], ['ordinal', value, 0, text.slice(-2)]);
    }
    assert.deepEqual(texts('29thly'), []);
  });

  it('reads spelled ordinals, case-insensitively, as whole words', () => {
    const t = scan('Tokyo–Yokohama was ranked second, reflecting')[0]!;
    assert.deepEqual([t.text, t.kind, t.value, t.spelled, t.decimals, t.style.ordinalSuffix], ['second', 'ordinal', 2, true, 0, '']);
    const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
      'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
    words.forEach((word, i) => assert.equal(only(`the ${word} time`).value, i + 1, word));
    assert.equal(only('thirtieth').value, 30);
    assert.equal(only('SECOND').value, 2);
    assert.equal(only('Twenty-First Century').value, 21);
    assert.deepEqual(texts('seconds, co-first, firstly'), []);
  });

  it('mayHoldNumbers is false only where scanNumbers finds nothing', () => {
    const words = ['first', 'Second', 'THIRD', 'fourth', 'twentieth', 'ninetieth', 'Twenty-First', 'twelfth', 'No.', '#', '$', 'USD', 'yen', 'per cent', '%', 'seconds', 'with', 'both', 'the', 'Tokyo', '-', '–', ' ', ',', '.', '(', ')'];
    const digits = ['1', '2024', '3.5', '١'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...digits), { maxLength: 12 }), fc.constantFrom(' ', '', '-'), (parts, joiner) => {
        const text = parts.join(joiner);
        if (scanNumbers(text).length > 0) assert.ok(mayHoldNumbers(text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
    for (const word of ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth']) {
      assert.ok(mayHoldNumbers(`the ${word} place`), word);
    }
    assert.equal(mayHoldNumbers('Prose without figures, ranked among the best.'), false);
  });

  it('reads "No. 1" and "#2" with their prefix', () => {
    for (const [text, prefix, value] of [['No. 1', 'No. ', 1], ['no. 1', 'no. ', 1], ['#2', '#', 2], ['No.3', 'No.', 3]] as const) {
      const t = only(`ranked ${text} globally`);
      assert.deepEqual([t.text, t.kind, t.value, t.style.ordinalPrefix], [text, 'ordinal', value, prefix]);
    }
    assert.deepEqual(texts('C#4'), []);
  });
});

describe('scanNumbers: years and counts', () => {
  it('marks plain integers 1900–2100 as year-like', () => {
    assert.equal(only('in 2015').yearLike, true);
    assert.equal(only('in 1900').yearLike, true);
    assert.equal(only('in 2100').yearLike, true);
    for (const text of ['1899', '2101', '2,015', '+2015', '2015.0', '2015%', '$2015', '2015 million', '2015th']) {
      assert.equal(only(text).yearLike, false, text);
    }
  });

  it('reads counts before words', () => {
    const t = only('79 companies');
    assert.deepEqual([t.value, t.kind, t.yearLike], [79, 'plain', false]);
  });
});

describe('spelledNumber and spelledOrdinal', () => {
  it('reads cardinal words', () => {
    assert.equal(spelledNumber('five'), 5);
    assert.equal(spelledNumber('Ten'), 10);
    assert.equal(spelledNumber('seventeen'), 17);
    assert.equal(spelledNumber('twenty'), 20);
    assert.equal(spelledNumber('NINETY'), 90);
    assert.equal(spelledNumber('hundred'), 100);
    assert.equal(spelledNumber('forty-two'), 42);
    assert.equal(spelledNumber('fifth'), undefined);
    assert.equal(spelledNumber('twenty-ten'), undefined);
  });

  it('reads ordinal words', () => {
    assert.equal(spelledOrdinal('Second'), 2);
    assert.equal(spelledOrdinal('twelfth'), 12);
    assert.equal(spelledOrdinal('thirtieth'), 30);
    assert.equal(spelledOrdinal('twenty-first'), 21);
    assert.equal(spelledOrdinal('five'), undefined);
  });
});

describe('pairRanges', () => {
  const ranges = (text: string) => pairRanges(text, scan(text));

  it('pairs a plain number with a following percent', () => {
    const [r] = ranges('UTokyo accounts for 61–73% of annual');
    assert.deepEqual([r!.text, r!.joiner, r!.from.value, r!.from.kind, r!.unitFrom, r!.to.value, r!.unitTo], ['61–73%', '–', 61, 'plain', 'percent', 73, 'percent']);
    assert.deepEqual([r!.start, r!.end], [20, 26]);
  });

  it('pairs years with dashes and "to", leaving "from" out', () => {
    assert.deepEqual(ranges('the period 2015–2024.').map((r) => [r.text, r.joiner, r.unitFrom]), [['2015–2024', '–', 'plain']]);
    assert.deepEqual(ranges('1925-1975').map((r) => r.joiner), ['-']);
    assert.deepEqual(ranges('2015 – 2024').map((r) => r.joiner), [' – ']);
    assert.deepEqual(ranges('2015—2024').map((r) => r.joiner), ['—']);
    const [r] = ranges('ranked first globally from 2017 to 2024.');
    assert.deepEqual([r!.text, r!.joiner, r!.start], ['2017 to 2024', ' to ', 27]);
  });

  it('carries a currency prefix across the range', () => {
    const [r] = ranges('USD 5–6 billion');
    assert.deepEqual([r!.text, r!.unitFrom, r!.unitTo, r!.from.currency, r!.to.scale], ['USD 5–6 billion', 'currency', 'currency', 'USD', 'billion']);
    assert.deepEqual(ranges('5–6 billion yen').map((r) => r.unitFrom), ['currency']);
  });

  it('pairs "between … and …" only after "between"', () => {
    assert.deepEqual(ranges('between 5 and 6%').map((r) => [r.text, r.joiner]), [['5 and 6%', ' and ']]);
    assert.deepEqual(ranges('5 and 6%'), []);
  });

  it('does not pair a year with a non-year, mismatched kinds or currencies', () => {
    assert.deepEqual(ranges('UTokyo expanded from 287 publications in 2015 to 638 in 2024'), []);
    assert.deepEqual(ranges('48.4% to 2,022'), []);
    assert.deepEqual(ranges('$5–¥6'), []);
  });

  it('reads "2015–24" and "2015 → 2024" as periods, and an arrow between quantities as no range', () => {
    assert.deepEqual(ranges('2017–18').map((r) => [r.from.value, r.to.value, r.to.yearLike]), [[2017, 2018, true]]);
    assert.deepEqual(ranges('in 2098–03').map((r) => [r.from.value, r.to.value]), [[2098, 2103]]);
    assert.deepEqual(ranges('2015 → 2024').map((r) => [r.from.value, r.to.value]), [[2015, 2024]]);
    assert.deepEqual(ranges('287 → 638'), []);
  });

  it('does not overlap ranges', () => {
    assert.deepEqual(ranges('1–2–3').map((r) => r.text), ['1–2']);
  });
});

describe('roundHalfAwayFromZero and isConsistentAtPrecision', () => {
  it('rounds halves away from zero despite binary noise', () => {
    assert.equal(roundHalfAwayFromZero(2.675, 2), 2.68);
    assert.equal(roundHalfAwayFromZero(0.285, 2), 0.29);
    assert.equal(roundHalfAwayFromZero(1.005, 2), 1.01);
    assert.equal(roundHalfAwayFromZero(9.28, 1), 9.3);
    assert.equal(roundHalfAwayFromZero(1.45, 1), 1.5);
    assert.equal(roundHalfAwayFromZero(-2.5, 0), -3);
    assert.equal(roundHalfAwayFromZero(2.4999, 0), 2);
    assert.ok(Object.is(roundHalfAwayFromZero(-0.04, 1), 0));
  });

  it('accepts either neighbour only on a .5 boundary', () => {
    assert.equal(isConsistentAtPrecision(9.3, 1, 9.282029944341218), true);
    assert.equal(isConsistentAtPrecision(8.3, 1, 9.282029944341218), false);
    assert.equal(isConsistentAtPrecision(2.68, 2, 2.675), true);
    assert.equal(isConsistentAtPrecision(2.67, 2, 2.675), true);
    assert.equal(isConsistentAtPrecision(2.66, 2, 2.675), false);
    assert.equal(isConsistentAtPrecision(9.2, 1, 9.25), true);
    assert.equal(isConsistentAtPrecision(9.2, 1, 9.26), false);
    assert.equal(isConsistentAtPrecision(-0.2, 1, -0.25), true);
  });

  it('property: a value is consistent with its own rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) =>
        isConsistentAtPrecision(roundHalfAwayFromZero(x, d), d, x),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatLike', () => {
  const like = (text: string): NumberToken => only(text);

  it('keeps sign, suffix, currency and scale', () => {
    assert.equal(formatLike(9.282029944341218, like('+9.3%')), '+9.3%');
    assert.equal(formatLike(-1.5, like('+9.3%')), '-1.5%');
    assert.equal(formatLike(-1.5, like('\u22123.2%')), '\u22121.5%');
    assert.equal(formatLike(4, like('\u22123.2%')), '4.0%');
    assert.equal(formatLike(6.25, like('USD 6.1 billion')), 'USD 6.3 billion');
    assert.equal(formatLike(3.45, like('3.45 trillion yen'), 1), '3.5 trillion yen');
    assert.equal(formatLike(12, like('5 per cent')), '12 per cent');
    assert.equal(formatLike(7.25, like('-$5m'), 2), '$7.25m');
  });

  it('never writes -0', () => {
    assert.equal(formatLike(-0.04, like('48.4%')), '0.0%');
    assert.equal(formatLike(-0.04, like('-5 %'), 1), '0.0 %');
    assert.equal(formatLike(-0.04, like('+122%')), '+0%');
  });

  it('groups thousands as the author does', () => {
    assert.equal(formatLike(1234.5, like('48.4%')), '1,234.5%');
    assert.equal(formatLike(2024, like('2015')), '2024');
    assert.equal(formatLike(12345, like('2015')), '12345');
    assert.equal(formatLike(902, like('2,022')), '902');
    assert.equal(formatLike(1234567.891, like('1\u202f234'), 2), '1\u202f234\u202f567.89');
  });

  it('recomputes the English ordinal suffix', () => {
    const cases: Array<[number, string]> = [[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [22, '22nd'], [101, '101st'], [112, '112th'], [1001, '1,001st']];
    for (const [n, text] of cases) assert.equal(formatLike(n, like('29th')), text);
    assert.equal(formatLike(2, like('No. 1')), 'No. 2');
  });

  it('keeps spelled ordinals spelled in the same capitalisation', () => {
    assert.equal(formatLike(3, like('Second')), 'Third');
    assert.equal(formatLike(3, like('second')), 'third');
    assert.equal(formatLike(3, like('SECOND')), 'THIRD');
    assert.equal(formatLike(21, like('second')), 'twenty-first');
    assert.equal(formatLike(100, like('second')), '100th');
  });

  const styleSamples = [
    '48.4%', '+9.3%', '\u22123.2%', '-5 %', '12\u00a0%', '5 per cent', '5 percent', '12 pc', '2,022', '2 022', '1\u00a0234',
    '1\u202f234', '1\u2009234', '2015', '638', '-4', '+3', 'USD 6.1 billion', '$252 billion', '3.45 trillion yen', 'US$3 bn',
    '€4', 'SEK6.1', '¥300 million', '5 000 won', '-$5m', '10 million yen', 'USD 5', '5 kronor', '1.2 billion', '+USD 1 thousand',
  ].map((text) => only(text));

  it('property: a formatted value scans back to one token in the same style', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...styleSamples),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (sample, v, d) => {
          const text = formatLike(v, sample, d);
          const tokens = scanNumbers(text);
          assert.equal(tokens.length, 1, text);
          const t = tokens[0]!;
          const rounded = roundHalfAwayFromZero(v, d);
          assert.equal(t.value, rounded, text);
          assert.equal(t.decimals, d, text);
          assert.equal(t.kind, sample.kind, text);
          const s = sample.style;
          const sign = rounded < 0 ? (s.sign === '+' || s.sign === '' ? '-' : s.sign) : s.sign === '+' ? '+' : '';
          const separator = s.group !== '' ? s.group : Math.abs(sample.value) >= 1000 ? '' : ',';
          const group = Math.abs(rounded) >= 1000 ? separator : '';
          assert.deepEqual(t.style, { ...s, sign, group }, text);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: digit ordinals and spelled ordinals scan back to the new value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (n) => {
        const t = only(formatLike(n, like('29th')));
        assert.deepEqual([t.kind, t.value], ['ordinal', n]);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('second', 'Second', 'SECOND'), (n, word) => {
        const t = only(formatLike(n, like(word)));
        assert.deepEqual([t.kind, t.value, t.spelled], ['ordinal', n, true]);
      }),
    );
  });
});

describe('scanNumbers: invariants', () => {
  it('property: tokens are ordered, non-overlapping and match their text', () => {
    const piece = fc.constantFrom('1', '23', '2015', ',', '.', ' ', '\u00a0', '-', '+', '\u2212', '–', '%', '$', 'USD', 'yen', ' billion', 'st', 'a', 'No. ', '#', 'second', 'https://x/1', '(', '_');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const tokens = scanNumbers(text);
        let last = 0;
        for (const t of tokens) {
          assert.ok(t.start >= last && t.end > t.start, text);
          assert.equal(text.slice(t.start, t.end), t.text);
          assert.ok(Number.isFinite(t.value));
          last = t.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a season written across two years', () => {
  it('is one year token, valued by its first year', () => {
    const tokens = scanNumbers('from 202.4 in 2018/19 to 182.9 in 2019/2020, and 3/4 of 2021/23');
    assert.deepEqual(tokens.map((t) => [t.text, t.yearLike]), [['202.4', false], ['2018/19', true], ['182.9', false], ['2019/2020', true], ['3', false], ['4', false], ['2021', true], ['23', false]]);
    assert.equal(tokens[1]!.value, 2018);
  });
});
