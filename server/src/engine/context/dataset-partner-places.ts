// Partner facts: a place named only to locate another entity ("INFN in Italy", "Italy's INFN", "INFN, based in
// Italy") is not a second party to the figure, so it does not stand in the way of reading the one partner named.
import type { Dataset } from '../dataset/index.js';
import type { Mention } from './phrase-matcher.js';

/** Entities that can be a place: a country or a region (a university or a company locates nothing). */
function isPlace(dataset: Dataset, id: string): boolean {
  const kind = dataset.entities.get(id)?.kind;
  return kind === 'country' || kind === 'region';
}

/** Between an entity and the place after it: "X in Y", "X, in Y", "X based in Y", "X (in Y". */
const PLACE_AFTER = /^[ \u00a0]*,?[ \u00a0(]*(?:(?:based|located|headquartered|situated)[ \u00a0]+)?in[ \u00a0]+(?:the[ \u00a0]+)?$/i;
/** An apposition that places the entity before it: "KEK, the accelerator laboratory in Tsukuba", "X, a port based in Y". */
const PLACE_APPOSITION = /^[*_]*[ \u00a0]*,[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){1,4}(?:(?:based|located|headquartered|situated)[ \u00a0]+)?in[ \u00a0]+(?:the[ \u00a0]+)?$/iu;
/** Between a place and the entity after it: "Y's X". */
const PLACE_BEFORE = /^['’]s[ \u00a0]+(?:the[ \u00a0]+)?$/i;

function placeAfter(between: string): boolean {
  return PLACE_AFTER.test(between) || PLACE_APPOSITION.test(between);
}

/**
 * The ids among `mentions` (countries and regions) that are named only as the place of another mentioned entity. An id also named on its own
 * elsewhere among the mentions is kept.
 */
export function placeOnlyIds(dataset: Dataset, text: string, mentions: readonly Mention[], offset = 0): Set<string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const place = new Set<string>();
  const own = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    if (!isPlace(dataset, m.id)) {
      // "KEK, the accelerator laboratory in Tsukuba,": a name after "in" in an apposition locates, whatever its kind.
      const apposed = prev !== undefined && prev.id !== m.id && prev.end <= m.start && m.start - prev.end <= 60 && PLACE_APPOSITION.test(text.slice(prev.end - offset, m.start - offset));
      (apposed ? place : own).add(m.id);
      continue;
    }
    const locatesPrev = prev !== undefined && prev.id !== m.id && prev.end <= m.start && m.start - prev.end <= 60 && placeAfter(text.slice(prev.end - offset, m.start - offset));
    const locatesNext = next !== undefined && next.id !== m.id && m.end <= next.start && next.start - m.end <= 8 && PLACE_BEFORE.test(text.slice(m.end - offset, next.start - offset));
    (locatesPrev || locatesNext ? place : own).add(m.id);
  }
  for (const id of own) place.delete(id);
  return place;
}

/**
 * The distinct entities named as parties to a figure: the mentions' ids without those named only as a place. `text`
 * starts at `offset` of the document (a segment's own text).
 */
export function partiesNamed(dataset: Dataset, text: string, mentions: readonly Mention[], offset = 0): Set<string> {
  const places = placeOnlyIds(dataset, text, mentions, offset);
  return new Set(mentions.map((m) => m.id).filter((id) => !places.has(id)));
}
