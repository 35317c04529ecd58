// Finds dataset names (entities, metric phrases, ranking phrases) in prose by word n-grams: case-, dash- and "The"-insensitive.
import type { Span } from '../markdown/facts.js';
import { detachString } from '../markdown/detach.js';
import { lemma } from './lemma.js';

export interface Mention extends Span {
  /** The id the phrase names. */
  id: string;
}

interface Entry {
  id: string;
  /** Acronyms ("KI", "US", "NEC") match only as written, so the pronoun "us" is not the United States. */
  exact?: string;
  /** A one-word phrase of a noun ("visits"): by lemma it would match the verb in "who visited", which names no measure. */
  noun?: true;
}

/** A word trie: one node per phrase prefix, keyed by folded words. */
interface Node {
  children?: Map<string, Node>;
  /** Phrases that end here. */
  entries?: Entry[];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/** Words right before a past form that make it a verb ("who visited", "they scored"), not an adjective ("printed copies"). */
const VERB_SUBJECT_BEFORE = new Set(['who', 'which', 'that', 'they', 'we', 'he', 'she', 'it', 'has', 'have', 'had', 'been', 'was', 'were']);

export interface Word {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** Lower case folded to its lemma key ("publications" = "publication", "scored" = "score", "centre" = "center"). */
  stemmed: string;
}

/** A word form as written (a copy), its lower case and its lemma key: computed once per form, not per occurrence. */
interface WordForm {
  raw: string;
  lower: string;
  stemmed: string;
}

/** Word forms seen so far (cleared when full, so a huge vocabulary cannot grow it without end). */
const wordForms = new Map<string, WordForm>();
const WORD_FORMS_LIMIT = 50_000;
const AMPERSAND: WordForm = { raw: '&', lower: '&', stemmed: '&' };

function formOf(raw: string): WordForm {
  let form = wordForms.get(raw);
  if (form === undefined) {
    if (wordForms.size >= WORD_FORMS_LIMIT) wordForms.clear();
    // The key is a copy: a slice would keep the whole text it came from alive.
    const key = detachString(raw);
    const lower = key.toLowerCase();
    form = { raw: key, lower, stemmed: lemma(lower) };
    wordForms.set(key, form);
  }
  return form;
}

/** The words of a text as parallel lists, with no object per word: what the matchers read. */
export interface WordList {
  starts: number[];
  ends: number[];
  forms: WordForm[];
}

/** A word: a run of letters and digits (code points, \p{L} or \p{N}), or "&". */
const WORD_RUN = /[\p{L}\p{N}]+|&/gu;

/**
 * The words of a text (runs of letters and digits, and "&"), listed once and shared by every matcher. Found by one
 * regex, not character by character in JavaScript: a third less time on the bench drafts.
 */
export function listWords(text: string): WordList {
  const words: WordList = { starts: [], ends: [], forms: [] };
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
    const word = m[0];
    words.starts.push(m.index);
    words.ends.push(m.index + word.length);
    words.forms.push(word === '&' ? AMPERSAND : formOf(word));
  }
  return words;
}

/** The words of a text, one object each (for callers outside the matchers). */
export function splitWords(text: string): Word[] {
  const { starts, ends, forms } = listWords(text);
  return forms.map(({ lower, stemmed }, i) => ({ start: starts[i]!, end: ends[i]!, raw: text.slice(starts[i], ends[i]), lower, stemmed }));
}

export class PhraseMatcher {
  private readonly root: Node = {};

  /** `stem`: match by lemma (inflections, British/American spelling); for metric phrases, not names. */
  constructor(phrases: Iterable<{ phrase: string; id: string }>, private readonly stem = false) {
    for (const { phrase, id } of phrases) this.add(phrase, id);
  }

  private add(phrase: string, id: string): void {
    const words = splitWords(phrase.replace(/^the\s+/i, ''));
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const key = this.stem ? word.stemmed : word.lower;
      node.children ??= new Map();
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = {}));
      node = child;
    }
    const entry: Entry = { id };
    if (words.length === 1 && ACRONYM.test(words[0]!.raw)) entry.exact = words[0]!.raw;
    else if (this.stem && words.length === 1 && !/ed$/.test(words[0]!.lower)) entry.noun = true;
    const list = (node.entries ??= []);
    if (!list.some((e) => e.id === id && e.exact === entry.exact && e.noun === entry.noun)) list.push(entry);
  }

  /** Longest, leftmost, non-overlapping mentions in `text` (offsets relative to `text`); `words` from listWords(text). */
  find(text: string, words: WordList = listWords(text)): Mention[] {
    const mentions: Mention[] = [];
    const top = this.root.children;
    if (!top) return mentions;
    const { starts, ends, forms } = words;
    for (let i = 0; i < forms.length; i++) {
      const best = this.longestAt(text, words, i);
      if (!best) continue;
      // "Calls answered within 10 seconds": a longer phrase that starts inside this one and runs past it ("answered within
      // 10 seconds" over "calls answered") is the one meant; this one is dropped.
      let longer = false;
      for (let j = i + 1; j <= best.last && !longer; j++) {
        const other = this.longestAt(text, words, j);
        longer = other !== undefined && other.last > best.last && other.last - j > best.last - i;
      }
      if (longer) continue;
      mentions.push({ id: best.entry.id, start: starts[i]!, end: ends[best.last]! });
      i = best.last;
    }
    return mentions;
  }

  /** The longest phrase that starts at word i: its entry and last word. */
  private longestAt(text: string, words: WordList, i: number): { entry: Entry; last: number } | undefined {
    const { starts, ends, forms } = words;
    let node = this.root.children!.get(this.stem ? forms[i]!.stemmed : forms[i]!.lower);
    if (!node) return undefined;
    let best: { entry: Entry; last: number } | undefined;
    for (let k = i; ; ) {
      const entry = node.entries && this.accepted(node.entries, forms, i, k);
      if (entry) best = { entry, last: k };
      if (!node.children || k + 1 >= forms.length || !contiguous(text, ends[k]!, starts[k + 1]!)) break;
      const next: Node | undefined = node.children.get(this.stem ? forms[k + 1]!.stemmed : forms[k + 1]!.lower);
      if (!next) break;
      node = next;
      k++;
    }
    return best;
  }

  /** The first entry of a phrase of words i..k that applies: acronyms only as written. */
  private accepted(entries: readonly Entry[], forms: readonly WordForm[], i: number, k: number): Entry | undefined {
    for (const e of entries) {
      if (e.noun && i === k && i > 0 && forms[i]!.lower.endsWith('ed') && VERB_SUBJECT_BEFORE.has(forms[i - 1]!.lower)) continue;
      if (e.exact === undefined || (i === k && e.exact === forms[i]!.raw)) return e;
    }
    return undefined;
  }
}

/**
 * Words of one phrase may be separated by spaces, dashes, dots or apostrophes, never by sentence punctuation or two
 * line breaks in a row.
 */
function contiguous(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) {
      if (p > from && text.charCodeAt(p - 1) === 10) return false;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) continue;
    if (c === 45 || c === 46 || c === 39 || c === 0x2019 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212) continue;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}
