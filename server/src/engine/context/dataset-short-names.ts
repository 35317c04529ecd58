// Institutions called by a short form of their name ("the Grid Integration Centre" for the South African Grid
// Integration Centre, "the Zimbabwe laboratory", "the hydrogen institute"): words of the name before its head noun, then
// that head noun, after "the". A short form is read only where it fits exactly one entity of the dataset and is no
// name, alias or phrase of anything else; a bare word ("Guayaquil") or an indefinite "a hydrogen institute" is not.
import type { Dataset } from '../dataset/index.js';
import type { Mention } from './phrase-matcher.js';

/** Head nouns of an institution's name, with the forms a text may use for each. */
const HEADS: Record<string, string[]> = {
  institute: ['institute'],
  institution: ['institution'],
  centre: ['centre', 'center'],
  center: ['centre', 'center'],
  laboratory: ['laboratory', 'lab'],
  lab: ['laboratory', 'lab'],
  station: ['station'],
  unit: ['unit'],
  observatory: ['observatory'],
  university: ['university'],
  hospital: ['hospital'],
  academy: ['academy'],
};
/** Words that name no one institution: a short form made only of these is not read. */
const GENERIC = new Set(
  'of the and for de da do del la le research national international science sciences scientific technology technological medical medicine health public state university hospital clinical new central joint advanced applied global world regional institute centre center laboratory lab station unit'.split(' '),
);
/** Words of a name that alone would name a region, not the institution: "the South centre", "the African centre". */
const REGION_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|central|upper|lower|high|greater|african|american|european|asian|pacific|atlantic|arctic)$/i;
const FUNCTION_WORD = /^(?:of|the|and|for|de|da|do|del|la|le|in|at|on|und|y|e)$/;
const KINDS = new Set(['university', 'research-institute', 'company', 'organisation', 'agency', 'programme']);

/** The short forms of one name: runs of its words right before the head noun, and each such word alone, with the head. */
function shortForms(name: string): string[] {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const ofAt = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  const headAt = ofAt > 0 ? ofAt - 1 : words.length - 1;
  const heads = HEADS[words[headAt]!.toLowerCase()];
  if (!heads || headAt === 0) return [];
  const before = words.slice(0, headAt);
  const runs = new Set<string>();
  for (let i = 0; i < before.length; i++) {
    // A word alone: the name's first (a place: "the Zimbabwe laboratory") or the one right before the head ("the hydrogen institute").
    if ((i === 0 || i === before.length - 1) && !REGION_WORD.test(before[i]!)) runs.add(before[i]!);
    // Runs that end at the head ("Grid Integration Centre"), never the whole name's start to head with nothing left out.
    const tail = before.slice(i).join(' ');
    if (i > 0) runs.add(tail);
  }
  const forms: string[] = [];
  for (const run of runs) {
    const runWords = run.toLowerCase().split(/[\s-]+/);
    // "and Dental University", "for Life Laboratory": a run that opens with a function word is no name.
    if (runWords.every((w) => GENERIC.has(w) || w.length < 3) || FUNCTION_WORD.test(runWords[0]!)) continue;
    for (const head of heads) forms.push(`${run} ${head}`);
  }
  return forms;
}

const cache = new WeakMap<Dataset, Array<{ phrase: string; id: string }>>();

/** Every name, alias and phrase the dataset gives an entity, a metric or a ranking, folded by `fold`. */
function takenPhrases(dataset: Dataset, fold: (phrase: string) => string): Set<string> {
  const taken = new Set<string>();
  for (const e of dataset.entities.values()) for (const p of [e.name, ...e.aliases]) taken.add(fold(p));
  for (const m of dataset.metrics.values()) for (const p of [m.label, ...m.phrases]) taken.add(fold(p));
  for (const r of dataset.rankings.values()) for (const p of [r.label, ...r.phrases]) taken.add(fold(p));
  return taken;
}

/** Short-form phrases of the dataset's institutions, each fitting one entity and clashing with no other name or phrase. */
export function shortNamePhrases(dataset: Dataset): Array<{ phrase: string; id: string }> {
  let phrases = cache.get(dataset);
  if (phrases) return phrases;
  const fold = (p: string) => p.toLowerCase().replace(/^the\s+/, '').replace(/[-\u2010–—]+/g, ' ').replace(/\s+/g, ' ').trim();
  const taken = takenPhrases(dataset, fold);
  const owners = new Map<string, { phrase: string; ids: Set<string> }>();
  for (const e of dataset.entities.values()) {
    if (!KINDS.has(e.kind)) continue;
    for (const name of [e.name, ...e.aliases]) {
      for (const phrase of shortForms(name)) {
        const key = fold(phrase);
        if (taken.has(key)) continue;
        const owner = owners.get(key) ?? { phrase, ids: new Set<string>() };
        owners.set(key, owner);
        owner.ids.add(e.id);
      }
    }
  }
  phrases = [...owners.values()].filter((o) => o.ids.size === 1).map((o) => ({ phrase: o.phrase, id: [...o.ids][0]! }));
  cache.set(dataset, phrases);
  return phrases;
}

/** Short-name mentions that stand right after "the" and overlap no other entity mention, merged into `entities` in text order. */
export function withShortNames(text: string, entities: Mention[], short: Mention[]): Mention[] {
  const kept = short.filter((s) => /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, s.start - 8), s.start)) && !entities.some((e) => e.start < s.end && s.start < e.end));
  return kept.length ? [...entities, ...kept].sort((a, b) => a.start - b.start) : entities;
}

/**
 * Each entity's name and aliases as phrases to match, without an alias that only describes what another entity is too
 * ("the spa town" for Bad Hallstein, when Mirna Toplice is a spa town as well): such words name no one entity.
 */
export function entityNamePhrases(dataset: Dataset): Array<{ phrase: string; id: string }> {
  const fold = (p: string) => p.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  const described = new Map<string, Set<string>>();
  for (const e of dataset.entities.values()) {
    if (!e.description) continue;
    const key = fold(e.description);
    described.set(key, (described.get(key) ?? new Set()).add(e.id));
  }
  const sharedDescription = (alias: string, id: string) => [...(described.get(fold(alias)) ?? [])].some((other) => other !== id);
  return [...dataset.entities.values()].flatMap((e) => [e.name, ...e.aliases.filter((a) => !sharedDescription(a, e.id))].map((phrase) => ({ phrase, id: e.id })));
}

/** "the Hanoi utility", "the Coimbra gallery", "the Jinja institute": an alias naming an entity by its place and kind. */
const PLACE_ALIAS = /^the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+\p{Ll}[\p{L}-]*$/u;
/** A place word that is rather a people's or region's adjective ("the Norwegian operator", "the Eastern Carinthian board"). */
const ADJECTIVE_LIKE = /(?:ian|ish|ese|ic|ean|ern)$/;

/**
 * "Hanoi" for the Hanoi Red River Water Company, when an alias calls it "the Hanoi utility": the place an alias "the
 * <Place> <noun>" gives, where no other entity's alias or name gives or holds it and it is no name, alias or phrase of
 * anything else (writers call an institution by its town when the town has one). Matched only as written, capitalised
 * (`withPlaceNames`), so that "Split" is no "split".
 */
export function placeNamePhrases(dataset: Dataset): Array<{ phrase: string; id: string }> {
  const taken = takenPhrases(dataset, (p) => p.toLowerCase().replace(/^the\s+/, ''));
  const owners = new Map<string, Set<string>>();
  for (const e of dataset.entities.values()) {
    for (const alias of e.aliases) {
      const place = PLACE_ALIAS.exec(alias.trim())?.[1];
      if (!place || ADJECTIVE_LIKE.test(place) || place.toLowerCase() === (e.country ?? '').toLowerCase()) continue;
      owners.set(place, (owners.get(place) ?? new Set()).add(e.id));
    }
  }
  // A place written inside another entity's name or alias ("Porto" in "Universidade do Porto") may be that one's.
  const within = (place: string, id: string) =>
    [...dataset.entities.values()].some((e) => e.id !== id && [e.name, ...e.aliases].some((n) => new RegExp(`(?:^|[^\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(n)));
  return [...owners]
    .filter(([place, ids]) => ids.size === 1 && !taken.has(place.toLowerCase()) && !within(place, [...ids][0]!))
    .map(([place, ids]) => ({ phrase: place, id: [...ids][0]! }));
}

/** Place mentions written as the place is (capitalised) that overlap no other entity mention, merged into `entities`. */
export function withPlaceNames(text: string, entities: Mention[], places: Mention[], spelled: ReadonlySet<string>): Mention[] {
  const kept = places.filter((p) => spelled.has(text.slice(p.start, p.end)) && !entities.some((e) => e.start < p.end && p.start < e.end));
  return kept.length ? [...entities, ...kept].sort((a, b) => a.start - b.start) : entities;
}

/** A company's legal form after its name: "Fjordtog Jylland A/S", "Weser-Marsch-Bahn GmbH", "Kolej Nadbałtycka sp. z o.o.". */
const LEGAL_FORM = /,?\s+(?:A\/S|ApS|AB|ASA|AS|Oyj|Oy|AG|GmbH|KG|SE|S\.A\.|SA|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|NV|Ltd\.?|Limited|plc|PLC|Inc\.?|LLC|Corp\.?|sp\.\s*z\s*o\.\s*o\.|a\.\s*s\.|s\.\s*r\.\s*o\.|Kft\.?|d\.\s*o\.\s*o\.|S\.L\.|SAS|SARL|S\.r\.l\.|Srl|Lda\.?|Ltda\.?)$/;

/**
 * "Fjordtog Jylland" for "Fjordtog Jylland A/S": a name (of two words or more) without its legal form, where it is no
 * name, alias or phrase of anything else. Read wherever the name is (it is the name, not a short form of it).
 */
export function namesWithoutLegalForm(dataset: Dataset): Array<{ phrase: string; id: string }> {
  const taken = takenPhrases(dataset, (p) => p.toLowerCase());
  const phrases: Array<{ phrase: string; id: string }> = [];
  for (const e of dataset.entities.values()) {
    for (const name of [e.name, ...e.aliases]) {
      const bare = name.replace(LEGAL_FORM, '');
      if (bare !== name && bare.split(/\s+/).length >= 2 && !taken.has(bare.toLowerCase())) phrases.push({ phrase: bare, id: e.id });
    }
  }
  return phrases;
}
