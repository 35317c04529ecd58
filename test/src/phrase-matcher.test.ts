// The phrase matcher (a word trie walked once per word) against a plain restatement of what it must find.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { PhraseMatcher, splitWords, type Mention } from '../../server/dist/engine/context/phrase-matcher.js';
import { lemma } from '../../server/dist/engine/context/lemma.js';

/** The definition, slowly: at each word, the longest phrase whose words are joined only by spaces, dashes, dots or apostrophes. */
function reference(phrases: ReadonlyArray<{ phrase: string; id: string }>, stem: boolean, text: string): Mention[] {
  const fold = (w: string) => {
    const lower = w.toLowerCase();
    return stem ? lemma(lower) : lower;
  };
  const table = new Map<string, Array<{ id: string; exact?: string }>>();
  for (const { phrase, id } of phrases) {
    const words = [...phrase.replace(/^the\s+/i, '').matchAll(/[\p{L}\p{N}]+|&/gu)].map((m) => m[0]);
    if (words.length === 0) continue;
    const key = words.map(fold).join(' ');
    const exact = words.length === 1 && /^[A-Z][A-Z0-9&]{1,5}$/.test(words[0]!) ? words[0] : undefined;
    const list = table.get(key) ?? [];
    if (!list.some((e) => e.id === id && e.exact === exact)) list.push({ id, ...(exact ? { exact } : {}) });
    table.set(key, list);
  }
  const words = [...text.matchAll(/[\p{L}\p{N}]+|&/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
  const joined = (a: number, b: number) => {
    const gap = text.slice(words[a]!.end, words[b]!.start);
    return /^[\s\-‐-―−.'’]*$/.test(gap) && !gap.includes('\n\n');
  };
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = words.length - i; n >= 1; n--) {
      let ok = true;
      for (let k = i + 1; k < i + n && ok; k++) ok = joined(k - 1, k);
      if (!ok) continue;
      const entries = table.get(words.slice(i, i + n).map((w) => fold(w.raw)).join(' '));
      const entry = entries?.find((e) => e.exact === undefined || (n === 1 && e.exact === words[i]!.raw));
      if (!entry) continue;
      found.push({ id: entry.id, start: words[i]!.start, end: words[i + n - 1]!.end });
      i += n - 1;
      break;
    }
  }
  return found;
}

const phrases = [
  { phrase: 'The University of Tokyo', id: 'utokyo' },
  { phrase: 'University of Tokyo Hospital', id: 'hospital' },
  { phrase: 'Tokyo', id: 'tokyo' },
  { phrase: 'Tokyo–Yokohama', id: 'cluster' },
  { phrase: 'Tokyo-Yokohama cluster', id: 'cluster' },
  { phrase: 'US', id: 'usa' },
  { phrase: 'United States', id: 'usa' },
  { phrase: 'R&D spending', id: 'rd' },
  { phrase: 'publications', id: 'pubs' },
  { phrase: 'share of publications', id: 'share' },
  { phrase: 'Tōkyō Tech', id: 'tech' },
  { phrase: 'K.I.', id: 'ki' },
];

describe('phrase matcher', () => {
  it('splits words as /[\\p{L}\\p{N}]+|&/u does, astral letters and marks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '&', '-', 'ō', 'o\u0304', '𝒜', '😀', '\n', 'İ', '²', '٣', '_') }), (text) => {
        const expected = [...text.matchAll(/[\p{L}\p{N}]+|&/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
        assert.deepEqual(splitWords(text).map(({ start, end, raw }) => ({ start, end, raw })), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the longest phrase, acronyms only as written, and no phrase across punctuation or a blank line', () => {
    const entities = new PhraseMatcher(phrases);
    const text = 'The University of Tokyo Hospital and the university of tokyo; us and US. Tokyo–Yokohama cluster, Tokyo,\n\nYokohama.';
    assert.deepEqual(
      entities.find(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`),
      ['hospital:University of Tokyo Hospital', 'utokyo:university of tokyo', 'usa:US', 'cluster:Tokyo–Yokohama cluster', 'tokyo:Tokyo'],
    );
    const metrics = new PhraseMatcher(phrases, true);
    assert.deepEqual(metrics.find('the Share of Publication rose').map((m) => m.id), ['share']);
  });

  it('agrees with the plain definition on random texts', () => {
    const vocabulary = ['the', 'The', 'University', 'university', 'of', 'Tokyo', 'TOKYO', 'Hospital', 'Yokohama', 'cluster', 'US', 'us', 'United', 'States', 'R', '&', 'D', 'spending', 'share', 'publications', 'publication', 'Tōkyō', 'Tech', 'K', 'I'];
    const separators = [' ', ' ', '-', '–', '—', '.', '. ', ', ', ';', '\n', '\n\n', '\n \n', '’', "'", '\u00a0', ' (', ') '];
    const matchers = [false, true].map((stem) => ({ stem, matcher: new PhraseMatcher(phrases, stem) }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 30 }), (parts) => {
        const text = parts.map(([word, sep]) => word + sep).join('');
        for (const { stem, matcher } of matchers) assert.deepEqual(matcher.find(text), reference(phrases, stem, text), JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });
});
