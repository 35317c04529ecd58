// The nouns a dataset's own entities are called by, read from the dataset rather than a fixed list, so that a user's
// domain reads as the seed domain does: "Kurrawong Zoo", "Yarrabend Zoo", "Swanmere Zoo" make "zoo" a noun of the
// dataset ("the zoo" refers back to one, "the eight zoos" are a group).
import type { Dataset } from '../dataset/index.js';

/** Words that may end a name but are a legal form or too generic to call an entity by. */
const NOT_A_NOUN = new Set(['company', 'university', 'institute', 'limited', 'ltd', 'inc', 'plc', 'gmbh', 'ggmbh', 'ag', 'kg', 'mbh', 'body', 'group', 'the', 'and', 'of', 'for', 'board', 'trust', 'foundation', 'society', 'association', 'fund', 'office', 'department', 'ministry', 'service', 'holding', 'partnership', 'enterprise']);

const cache = new WeakMap<Dataset, readonly string[]>();

/** The entities with facts of their own (not only as another's partner). */
function measuredEntities(dataset: Dataset): Set<string> {
  return new Set(dataset.observations.filter((o) => o.partner === undefined).map((o) => o.entity));
}

/** Words that name places or single entities: the entities' countries and their one-word names and aliases. */
function properWords(dataset: Dataset): Set<string> {
  const proper = new Set<string>();
  for (const entity of dataset.entities.values()) {
    if (entity.country) for (const w of entity.country.toLowerCase().split(/\s+/)) proper.add(w);
    for (const name of [entity.name, ...entity.aliases]) if (!/\s/.test(name.trim())) proper.add(name.trim().toLowerCase());
  }
  return proper;
}

/**
 * The nouns an entity's own `noun` declares, and the last words (lower case, singular) that end an alias of three or more entities with facts of their own, written in
 * lower case by at least one alias. Left out:
 * words ending in s other than "us" and "ss" (a plural already, or a name: "Lines", "Angeles"), places and one-word names ("Science Tokyo"),
 * legal forms. Sorted; computed once per dataset.
 */
export function datasetNouns(dataset: Dataset): readonly string[] {
  let found = cache.get(dataset);
  if (found) return found;
  const proper = properWords(dataset);
  const usable = (w: string | undefined): w is string => nounShaped(w) && !proper.has(w);
  const measured = measuredEntities(dataset);
  const holders = new Map<string, Set<string>>();
  // A word the aliases also write in lower case ("the Swan zoo", "the Ashcombe brigade") is a common noun; one written
  // only capitalised ("Ashcombe Fire", "Harzfeld Philharmonic") is part of a name, and in lower case may mean other
  // things ("the fire").
  const common = new Set<string>();
  for (const entity of dataset.entities.values()) {
    if (!measured.has(entity.id)) continue;
    for (const alias of entity.aliases) {
      const words = alias.trim().split(/\s+/);
      const written = words.length >= 2 ? words[words.length - 1]! : undefined;
      const last = written?.toLowerCase();
      if (!usable(last)) continue;
      holders.set(last, (holders.get(last) ?? new Set()).add(entity.id));
      if (written === last) common.add(last);
    }
  }
  const derived = [...holders].filter(([word, ids]) => ids.size >= 3 && common.has(word)).map(([word]) => word);
  // A noun the dataset declares ("noun": "club") is the author's word for the entity: taken as it is.
  const declared = [...dataset.entities.values()].flatMap((e) => (e.noun ? [e.noun] : []));
  found = [...new Set([...derived, ...declared])].sort();
  cache.set(dataset, found);
  return found;
}

/**
 * A lower-case word of three letters or more that may be a singular common noun: a singular ending in "us" or "ss"
 * ("the Clonmoyle campus", "the Harbour bus") is one; other words ending in s are plurals or names.
 */
function nounShaped(w: string | undefined): w is string {
  return w !== undefined && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && (!w.endsWith('s') || /(?:us|ss)$/.test(w)) && !NOT_A_NOUN.has(w);
}

const descriptionCache = new WeakMap<Dataset, readonly string[]>();
/**
 * The head nouns of the entities' one-line descriptions, written in lower case ("judicial district (comarca)", "public
 * research university in Tokyo"), that three entities or more share: words a group of them is named by ("the three
 * Spanish districts"). Not references back to one entity ("the district"): those stay `datasetNouns`' (aliases and
 * declared nouns only).
 */
export function descriptionNouns(dataset: Dataset): readonly string[] {
  let found = descriptionCache.get(dataset);
  if (found) return found;
  const holders = new Map<string, Set<string>>();
  for (const entity of dataset.entities.values()) {
    if (!entity.description) continue;
    const head = /(\p{Ll}[\p{Ll}-]+)\s*$/u.exec(entity.description.split(/[(,;:]|\s+(?:in|of|for|at|on|with|run\s+by|\p{Ll}+ed\s+by)\s+/u)[0]!.trim())?.[1];
    if (!nounShaped(head)) continue;
    holders.set(head, (holders.get(head) ?? new Set()).add(entity.id));
  }
  found = [...holders].filter(([, ids]) => ids.size >= 3).map(([word]) => word).sort();
  descriptionCache.set(dataset, found);
  return found;
}

const groupCache = new WeakMap<Dataset, readonly string[]>();
/**
 * Words a group of the entities may be called by, beyond `datasetNouns` and `descriptionNouns`: the last word of an
 * alias that three entities or more share, even when written only capitalised ("the Oostmaar Canal", "the Lieveland
 * Canal", "the Emsweser Canal" make "the eight canals"). Only for naming a group of them, whose size must still be the
 * number the dataset holds the measure for; never for referring back to one entity (a capitalised word may be part of a
 * name). (Nouns before a description's head, "canal board", "pool foundation", were tried and left out: they found two
 * more planted totals in the dev split and made one more false total in the test split.)
 */
export function groupNamingNouns(dataset: Dataset): readonly string[] {
  let found = groupCache.get(dataset);
  if (found) return found;
  const proper = properWords(dataset);
  const measured = measuredEntities(dataset);
  const holders = new Map<string, Set<string>>();
  const hold = (word: string | undefined, id: string) => {
    if (!nounShaped(word) || proper.has(word)) return;
    holders.set(word, (holders.get(word) ?? new Set()).add(id));
  };
  for (const entity of dataset.entities.values()) {
    if (!measured.has(entity.id)) continue;
    for (const alias of entity.aliases) {
      const words = alias.trim().split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      // A plural written in lower case ("Valdemora courts", "Riberalta courts"): the group's noun in its singular.
      const singular = last === last.toLowerCase() ? singularOf(last) : undefined;
      hold(singular ?? last.toLowerCase(), entity.id);
    }
  }
  found = [...holders].filter(([, ids]) => ids.size >= 3).map(([word]) => word).sort();
  groupCache.set(dataset, found);
  return found;
}

/** The singular whose plural (`pluralOf`) a lower-case word is ("courts" → "court", "wineries" → "winery"), or undefined. */
function singularOf(word: string): string | undefined {
  if (!/^\p{Ll}[\p{Ll}-]{3,}s$/u.test(word) || /(?:us|ss)$/.test(word)) return undefined;
  return [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`].find((w) => nounShaped(w) && pluralOf(w) === word);
}

/** The plural of a noun of `datasetNouns` ("zoo" → "zoos", "winery" → "wineries", "branch" → "branches", "campus" → "campuses"). */
export function pluralOf(word: string): string {
  return /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}
