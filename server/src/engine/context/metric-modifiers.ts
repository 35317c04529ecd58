// A one-word measure phrase qualified by a word that opens only other measures' names ("doctoral output" beside the
// publications phrase "output" and the PhD phrase "doctoral graduates"; "patent output" beside "patent families") names
// that other measure, or none the text makes certain, never the phrase's own: such a mention is dropped.
import type { Dataset } from '../dataset/index.js';
import type { Mention } from './phrase-matcher.js';

/** Words of measure names that qualify any measure: they tell no measure apart. */
const GENERIC = new Set('total annual yearly overall combined average research share partner with from country million billion thousand number'.split(' '));

const fold = (w: string) => w.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');

/** Per dataset: the first word (four letters or more) of each multiword measure name → the measures whose names open with it. */
// (Not a word that is a measure's whole name on its own: "trams" names the fleet, and "tram staff" names the staff.)
export function metricModifierWords(dataset: Dataset): ReadonlyMap<string, ReadonlySet<string>> {
  const owners = new Map<string, Set<string>>();
  const whole = new Set<string>();
  for (const metric of dataset.metrics.values())
    for (const phrase of [metric.label, ...metric.phrases]) {
      const words = phrase.split(/[^\p{L}-]+/u).filter(Boolean);
      if (words.length === 1) whole.add(fold(words[0]!));
      if (words.length < 2) continue;
      const w = fold(words[0]!);
      if (w.length >= 4 && !GENERIC.has(w)) owners.set(w, (owners.get(w) ?? new Set()).add(metric.id));
    }
  for (const w of whole) owners.delete(w);
  return owners;
}

const WORD_BEFORE = /([\p{L}-]+)[^\S\n]+$/u;

/** The measure mentions of `text` less the one-word ones right after a word that only other measures' names hold. */
export function withoutOtherModified(text: string, mentions: Mention[], owners: ReadonlyMap<string, ReadonlySet<string>>): Mention[] {
  if (owners.size === 0 || mentions.length === 0) return mentions;
  return mentions.filter((m) => {
    if (/\s/.test(text.slice(m.start, m.end))) return true;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    const ids = before ? owners.get(fold(before[1]!)) : undefined;
    return !ids || ids.has(m.id);
  });
}

/** A measure's one-word phrase that is also a word of time ("season", "year"), after a word that makes it a time. */
const TIME_NOUN = /^(?:seasons?|years?|months?|weeks?|days?|editions?)$/i;
const TIME_BEFORE = /\b(?:last|this|next|that|each|every|per|a|the\s+same|the\s+previous|the\s+following|the\s+(?:19|20)\d{2}|(?:19|20)\d{2})\s+$/i;

/** Mentions of measures without those that are a time ("visits last season" beside a measure called "season"). */
export function withoutTimeWords(text: string, mentions: Mention[]): Mention[] {
  return mentions.some((m) => TIME_NOUN.test(text.slice(m.start, m.end))) ? mentions.filter((m) => !(TIME_NOUN.test(text.slice(m.start, m.end)) && TIME_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))) : mentions;
}
