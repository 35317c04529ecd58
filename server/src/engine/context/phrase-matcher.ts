// Finds dataset names (entities, metric phrases, ranking phrases) in prose by word n-grams: case-, dash- and "The"-insensitive.
import type { Span } from '../markdown/facts.js';

export interface Mention extends Span {
  /** The id the phrase names. */
  id: string;
}

interface Entry {
  id: string;
  /** Acronyms ("KI", "US", "NEC") match only as written, so the pronoun "us" is not the United States. */
  exact?: string;
}

const WORD = /[\p{L}\p{N}]+|&/gu;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;

function foldWord(word: string, stem: boolean): string {
  const lower = word.toLowerCase();
  return stem && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

export interface Word {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** Lower case with a simple plural folded ("publications" → "publication"). */
  stemmed: string;
}

/** The words of a text, split once and shared by every matcher. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    words.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], lower, stemmed: foldWord(lower, true) });
  }
  return words;
}

export class PhraseMatcher {
  private readonly entries = new Map<string, Entry[]>();
  /** First word → the word counts of phrases that start with it, longest first. */
  private readonly lengthsByFirst = new Map<string, number[]>();

  /** `stem`: fold simple plurals ("publications" = "publication"); for metric phrases, not names. */
  constructor(phrases: Iterable<{ phrase: string; id: string }>, private readonly stem = false) {
    for (const { phrase, id } of phrases) this.add(phrase, id);
    for (const lengths of this.lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  }

  private add(phrase: string, id: string): void {
    const words = [...phrase.replace(/^the\s+/i, '').matchAll(WORD)].map((m) => m[0]);
    if (words.length === 0) return;
    const key = words.map((w) => foldWord(w, this.stem)).join(' ');
    const entry: Entry = { id };
    if (words.length === 1 && ACRONYM.test(words[0]!)) entry.exact = words[0];
    const list = this.entries.get(key);
    if (list) {
      if (!list.some((e) => e.id === id && e.exact === entry.exact)) list.push(entry);
    } else this.entries.set(key, [entry]);
    const first = key.split(' ')[0]!;
    const lengths = this.lengthsByFirst.get(first) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    this.lengthsByFirst.set(first, lengths);
  }

  /** Longest, leftmost, non-overlapping mentions in `text` (offsets relative to `text`); `words` from splitWords(text). */
  find(text: string, words: readonly Word[] = splitWords(text)): Mention[] {
    const fold = (w: Word) => (this.stem ? w.stemmed : w.lower);
    const mentions: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      const lengths = this.lengthsByFirst.get(fold(words[i]!));
      if (!lengths) continue;
      for (const n of lengths) {
        if (i + n > words.length || !this.contiguous(text, words, i, n)) continue;
        let key = fold(words[i]!);
        for (let k = 1; k < n; k++) key += ' ' + fold(words[i + k]!);
        const entries = this.entries.get(key);
        const entry = entries?.find((e) => e.exact === undefined || (n === 1 && e.exact === words[i]!.raw));
        if (!entry) continue;
        mentions.push({ id: entry.id, start: words[i]!.start, end: words[i + n - 1]!.end });
        i += n - 1;
        break;
      }
    }
    return mentions;
  }

  /** Words of one phrase may be separated by spaces, dashes, dots or apostrophes, never by sentence punctuation. */
  private contiguous(text: string, words: ReadonlyArray<{ start: number; end: number }>, i: number, n: number): boolean {
    for (let k = i + 1; k < i + n; k++) {
      const gap = text.slice(words[k - 1]!.end, words[k]!.start);
      if (!/^[\s\-‐-―−.'’]*$/.test(gap) || gap.includes('\n\n')) return false;
    }
    return true;
  }
}
