// Reads the clause a rank stands in: its subject (relative clauses, comparisons, coordination, pronouns) and the years it speaks of.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { Mention } from './phrase-matcher.js';
import type { NumberToken, RangeToken } from '../numbers.js';
import { inSpan } from './growth.js';
import type { Dataset } from '../dataset/index.js';
import type { Route } from './lent-slots.js';
import { documentOwner, FIRST_PERSON, headingSubjectOfBareSentence, previousParagraphSubject, referredSubject } from './dataset-referred-subject.js';
import { dvRankingAppositions } from './dataset-rank-appositions.js';
import { whenClauseYear } from './dataset-rank-scope.js';
import { NEXT_YEAR_WORDS } from './dataset-rank-readings.js';
import { RK_DENIED_BEFORE, RK_OTHER_SUBJECT_BETWEEN, RK_SET_ASIDE_BEFORE, rkBackReference, rkExceptYear } from './rank-families.js';
import { datasetNouns } from './dataset-nouns.js';
import { allMatches } from './regex-matches.js';

export interface Clause extends Span {
  /** "…, which ranked fourth": speaks of the noun just before it. */
  relative: boolean;
}

// A clause ends at ; : ( ) — or a spaced dash, at a comma not followed by a figure ("in 2023, 2024 and 2025" stays whole),
// and before a conjunction or comparison that opens a new clause ("and B took 1st", "behind X", "after ranking 1st"; not
// "eighth as recently as 2021"); and
// after a bold or italic label that ends on a full stop ("**Phnom Penh and Da Nang.** PPMWA led …", which stays one
// sentence with its label: analysis.ts).
const BOUNDARY =
  /(?<=[.!?])[*_]{1,3}\s+|\s*[;:()[\]—]\s*|\s+[–-]\s+|,\s+(?!\d(?!\d*(?:st|nd|rd|th)\b))|\s+(?=(?:and|but|while|whereas|after|behind|ahead of|overtaking|than|with|as(?!\s+(?:recently|late|early|long\s+ago|far\s+back)\s+as\b)|though|although|up from|down from|from)\s+(?!\d))|\s+(?=before\s+\p{L}+ing\b)/giu;
const RELATIVE = /^(?:which|who|whose|that|where)\b/i;
/** "science and technology clusters", "research and development budgets": "and" inside one noun phrase (masked). */
const NOUN_PHRASE_AND = /(?<=\b(?:the|its|their|world['’]s|of|among)\s+\p{Ll}{3,}\s)and(?=\s+\p{Ll}{3,}\s+\p{Ll}{3,}s\b)/gu;
/** A citation or footnote marker: "[2]", "[2, 5]", "[^3]", "[^dedup]" (never a link's text, "[text](…)"). */
const CITATION_MARK = /\[(?:\^[\w-]{1,24}|\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?!\()/g;
const ACRONYM_BRACKET = /\((?=[\p{Lu}\p{N}&-]{2,10}\))\p{Lu}[\p{Lu}\p{N}&-]+\)/gu;

/** The clauses of one sentence, in order, covering it. */
export function clausesOf(text: string, sentence: Span): Clause[] {
  const slice = text.slice(sentence.start, sentence.end);
  const clauses: Clause[] = [];
  let from = 0;
  const push = (end: number) => {
    if (end > from) clauses.push({ start: sentence.start + from, end: sentence.start + end, relative: RELATIVE.test(slice.slice(from, end)) });
  };
  // "topped the Southern African Energy Research Index (SAERI) in every edition from 2017": an acronym in brackets
  // after a name breaks no clause.
  const bracketsMasked = slice.includes('(') ? slice.replace(ACRONYM_BRACKET, (m) => m.replace(/[()]/g, ' ')) : slice;
  // "first among the world's science and technology clusters in every edition": "and" between two bare words before a
  // plural noun joins the words of one noun phrase, not two clauses.
  // "Wolinek has topped the index [2] since 2022": a citation or footnote marker breaks no clause either.
  const citationsMasked = bracketsMasked.includes('[') ? bracketsMasked.replace(CITATION_MARK, (m) => ' '.repeat(m.length)) : bracketsMasked;
  const masked = citationsMasked.includes(' and ') ? citationsMasked.replace(NOUN_PHRASE_AND, (m) => m.replace('and', 'a&d')) : citationsMasked;
  for (const m of allMatches(BOUNDARY, masked)) {
    push(m.index!);
    from = m.index! + m[0].length;
  }
  push(slice.length);
  return clauses.length ? clauses : [{ start: sentence.start, end: sentence.end, relative: false }];
}

/** Capitalised words that continue a name: "Coast" after "Helgeland". */
const NAME_GOES_ON = /^(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*)*/u;

/** Words before an entity that make it the other party of a comparison, not the subject: "behind X", "runner-up to X". */
const COMPARED = /\b(?:behind|after|ahead of|than|overtaken(?: by)?|overtaking|overtook|trailing|trails|trailed|following|beating|beat|replacing|compared (?:with|to)|to|over|by|with|against|versus|vs\.?|like|unlike|from|of)\s+(?:the\s+)?$/i;

/** "after IGPRI had been first", "before KHI took the lead": a conjunction opening a clause of the name's own. */
const CONJUNCTION_BEFORE = /\b(?:after|before)\s+(?:the\s+)?$/i;
const OWN_VERB_AFTER = /^\s+(?:had|has|have|was|were|is|took|held|topped|led|ranked|came|finished|dropped|fell|slipped|lost|won|claimed|regained|secured|placed|sat|stood)\b/i;

function isCompared(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (CONJUNCTION_BEFORE.test(before) && OWN_VERB_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  // "IBCE, not ASOI, would have ranked first": a denied alternative is not the subject either.
  // "almost double the 16.6% at Albor": a name that holds a figure set beside the subject's is the one compared with.
  // "Before Porto, the top spot belonged to Bruges": a sentence opened by "Before" and a name dates by that name's turn.
  if (/(?:^|[.!?]["”’)*_]*\s+|^[\s*_>-]+)Before\s+(?:the\s+)?$/.test(before) && /^\s*,/.test(text.slice(m.end, m.end + 4))) return true;
  return COMPARED.test(before) || RK_DENIED_BEFORE.test(before) || FIGURE_HELD_BEFORE.test(before) || COMPARED_LIST_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/** "behind Tokyo–Yokohama and Shenzhen–Hong Kong–Guangzhou": the later names of a list compared with are compared too. */
const COMPARED_LIST_BEFORE = /\b(?:behind|ahead\s+of|overtaking|trailing|beating)\s+(?:the\s+)?\p{Lu}[^,;:.()\d]{0,50}?(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?$/u;

/** "the 16.6% at", "the 174 of": a figure of another party right before its name. */
const FIGURE_HELD_BEFORE = /\bthe\s+(?:[$€£]\s?)?\d[\d.,]*\s*(?:%|per\s*cent|million|thousand|billion)?\s+(?:at|in|for)\s+(?:the\s+)?$/i;

// Capitalised words that open a clause without naming anyone.
const FUNCTION_WORDS = new Set(
  'a an and also according across after again already as at before both but by despite during even for from further globally here however in its it last meanwhile next now of on once only over overall since so still that the their then there these they this those though thus today under until when where whereas which while who with within yet'.split(' '),
);

/** A capitalised name in `span` that is not a dataset mention ("…and Tokyo slipped to second" when "Tokyo" is no entity). */
export function namesUnknownSubject(text: string, span: Span, mentions: Span[]): boolean {
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{Lu}][\p{L}\p{M}’'.-]*/gu)) {
    const at = span.start + m.index!;
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    if (FUNCTION_WORDS.has(m[0].toLowerCase().replace(/[’'.]s?$/, ''))) continue;
    // "USD 2.7 million", "EUR 5m": a currency or unit code before a figure names no one.
    if (/^\p{Lu}{2,4}$/u.test(m[0]) && /^\s?\d/.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue;
    // "The Institute has ranked first", "We were runner-up": a capitalised reference back, not a new name.
    if (rkBackReference(text, at, m[0])) continue;
    return true;
  }
  return false;
}

const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
const PLACE_AFTER = /^\s+(?:place|position|spot)\b/i;
const ADJACENT = /^[’']?s?[\s,]*(?:\(\s*)?(?:(?:in|at|as|was|is|ranked|ranks|placed|came|stood|stands|remained|the)\s+)*$/i;
const POSSESSIVE = /^['’]s?\s+(?!(?:(?:19|20)\d\d\s+)?(?:rank|ranking|position|place|standing)\b)(?:own\s+)?[\p{L}\p{N}]/u;
const ANAPHOR_NOUNS = String.raw`cluster|region|institute|institution|university|centre|center|city|hub|area|metropolis|country|lab|laboratory|school|organi[sz]ation|firm|company|team|group|agency|economy|nation|capital|leader|station|observatory|facility|college|academy|unit|port|resort|airport|utility|museum|gallery|operator`;
// ("The South Bohemian brewery was last …": a place name's adjective or two before the noun still refers back.)
const anaphorPattern = (nouns: string): RegExp => new RegExp(String.raw`\b(?:it|its|it['’]s|they|their|we|our|the (?:[\p{L}-]+ ){0,2}?(?:${nouns}))\b`, 'giu');
/** The words between "the" and the noun of a reference back are a place name's adjectives, capitalised ("the South Bohemian brewery"), or none. */
const properReference = (m: RegExpMatchArray): boolean => {
  const words = m[0].split(' ');
  return !/^the$/i.test(words[0]!) || words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w));
};
const ANAPHOR = anaphorPattern(ANAPHOR_NOUNS);
const anaphors = new WeakMap<Dataset, RegExp>();
/** ANAPHOR with the dataset's own nouns too ("the zoo", "the orchestra": dataset-nouns.ts). */
function anaphorOf(dataset: Dataset | undefined): RegExp {
  if (!dataset) return ANAPHOR;
  let found = anaphors.get(dataset);
  if (!found) {
    const own = datasetNouns(dataset);
    anaphors.set(dataset, (found = own.length ? anaphorPattern(`${ANAPHOR_NOUNS}|${own.join('|')}`) : ANAPHOR));
  }
  return found;
}

/** Whether the end of a paragraph's text so far stands inside a quotation: an open curly quote, or an odd count of straight ones. */
function insideQuotation(before: string): boolean {
  const opened = (before.match(/“/g) ?? []).length;
  const closed = (before.match(/”/g) ?? []).length;
  return opened > closed || (before.match(/(?<![\p{L}\d])"|"(?![\p{L}\d])/gu) ?? []).length % 2 === 1;
}

const mostNamedOf = new WeakMap<AnalysedDocument, string | null>();
/** The entity a document names more often than any other, if one is. */
function mostNamed(doc: AnalysedDocument): string | undefined {
  let found = mostNamedOf.get(doc);
  if (found === undefined) {
    const counts = new Map<string, number>();
    for (const s of doc.segments) for (const m of s.entities) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    found = sorted.length > 0 && (sorted.length === 1 || sorted[0]![1] > sorted[1]![1]) ? sorted[0]![0] : null;
    mostNamedOf.set(doc, found);
  }
  return found ?? undefined;
}

/**
 * The entity a rank token speaks of, among `ranked` entity ids: the antecedent of a relative clause, else the clause's own
 * subject (not one it is compared with), else the subject of an earlier clause of the sentence, else, when the clause
 * refers back ("it", "the cluster"), the subject of the nearest earlier sentence in the paragraph or section.
 */
export function clauseSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, token: Span, ranked: ReadonlySet<string>, dataset?: Dataset): RankSubject | undefined {
  const own = sentenceSubject(doc, segment, sentence, token, ranked, dataset);
  if (own !== undefined) return own === null ? undefined : typeof own === 'string' ? { id: own } : own;
  const text = doc.text;
  const lead = text.slice(sentence.start, token.start);
  const anaphor = [...lead.matchAll(anaphorOf(dataset))].filter(properReference).at(-1);
  if (!anaphor) return undefined;
  // "Our neighbour in Battambang deserves a word: sixth in 2018": a name the dataset does not know after the reference
  // may be whom the place is of.
  const after = sentence.start + anaphor.index! + anaphor[0].length;
  if (namesUnknownSubject(text, { start: after, end: token.start }, [...segment.entities, ...segment.rankings, ...segment.metrics])) return undefined;
  // "Our own path to the top: fourth in 2016…" in a newsletter of Vltava Loft: the first person is the document's own
  // organisation, when the document names one, not the one named last before.
  const firstPerson = dataset !== undefined && FIRST_PERSON.test(anaphor[0]);
  // "A judge there told me: “We were last in the first eight editions”": a first person inside a quotation is the
  // quoted speaker's, whoever the document speaks for; "Line to land: “Under the old method it would still be number
  // one.”": any reference back inside a quotation is the quoted speaker's, read in a context the draft does not give.
  if (insideQuotation(text.slice(segment.start, sentence.start + anaphor.index!))) return undefined;
  const owner = firstPerson ? documentOwner(doc, dataset) : undefined;
  if (owner) return ranked.has(owner) ? { id: owner, from: 'the document' } : undefined;
  // "The Faroese port of Norðvík topped the 2024 index …, yet it sat fifth as recently as 2019": a third person may speak
  // of a name earlier in its own sentence; an antecedent found farther off is then not certain.
  // (Not in a sentence that opened on a pronoun itself, "It is the biggest producer, 1.23 times the output of
  // second-placed Sturmhöhe, … and it took the top spot": the names between are objects.)
  const opensOnPronoun = PRONOUN_OPENING.test(text.slice(sentence.start, sentence.start + 24));
  const namedBefore = new Set(opensOnPronoun ? [] : segment.entities.filter((m) => ranked.has(m.id) && m.start >= sentence.start && m.end <= sentence.start + anaphor.index!).map((m) => m.id));
  const nearer = (id: string | null | undefined) => firstPerson || namedBefore.size === 0 || (typeof id === 'string' && namedBefore.has(id));
  // "The Station held fourth place…" after a table, "we were third": the organisation named last before in the section, or the document's own.
  const earlier = earlierSubject(doc, segment, sentence, ranked);
  // "Kargalpen led the index from 2018 to 2023. We came second in four editions in a row" in an interview about
  // Kremenik: with no organisation the document speaks for, the first person is the one it is about (the one it names
  // most), not another organisation named just before.
  if (firstPerson && earlier && earlier !== mostNamed(doc)) return undefined;
  if (earlier && !nearer(earlier)) return undefined;
  if (earlier) return { id: earlier, from: 'an earlier sentence' };
  // A name the dataset does not know between the reference and its antecedent leaves it unclear: no title answers it.
  const unclear = earlier === null;
  if (!dataset) return undefined;
  const referred = referredSubject(doc, dataset, segment, sentence, { start: sentence.start, end: token.start }, (id) => ranked.has(id));
  const previous = referred?.id ?? previousParagraphSubject(doc, segment, sentence, (id) => ranked.has(id), (m) => isCompared(text, m));
  if (previous) return nearer(previous) ? { id: previous, from: 'a reference back' } : undefined;
  if (!nearer(undefined)) return undefined;
  // "the institute" after two institutes is unclear: the title does not answer it either.
  const titled = referred === null || unclear ? undefined : titleSubject(doc, segment, sentence, ranked);
  return titled ? { id: titled, from: 'the document' } : undefined;
}

/** A line wholly in italics or bold: a subtitle or byline under a document's title. */
const SUBTITLE = /^\s*(?:\*\*?|__?)[^\n]+(?:\*\*?|__?)\s*$/;

/**
 * "# Periodic evaluation of the Kharas Hydrogen Institute" over "It held the top spot from 2022 to 2024": a reference
 * back that nothing in its section answers speaks of the one ranked entity the document's title names (or, when the
 * title names none, the italic or bold line right under it: "*By a former visiting scientist at the Punjab Institute*"),
 * when the section up to the sentence and its headings name no other (a name only compared with, "behind SAGIC", aside).
 */
function titleSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, ranked: ReadonlySet<string>): string | undefined {
  const title = doc.segments.find((s) => s.kind === 'heading');
  if (!title || (title.depth ?? 1) !== 1 || title.index >= segment.index) return undefined;
  const subtitle = doc.segments[title.index + 1];
  const header = title.entities.length === 0 && subtitle && subtitle.index < segment.index && subtitle.kind === 'paragraph' && SUBTITLE.test(subtitle.text) ? subtitle : title;
  const named = [...new Set(header.entities.map((m) => m.id).filter((id) => ranked.has(id)))];
  if (named.length !== 1) return undefined;
  const id = named[0]!;
  const others = (s: AnalysedSegment, end: number) => s.entities.some((m) => m.end <= end && m.id !== id && ranked.has(m.id) && !isCompared(doc.text, m));
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (h !== title.index && others(doc.segments[h]!, Infinity)) return undefined;
  const from = segment.heading ?? title.index;
  for (let i = from + 1; i <= segment.index; i++) if (others(doc.segments[i]!, i === segment.index ? sentence.start : Infinity)) return undefined;
  return id;
}

/** The entity a rank speaks of, and how it was read when not from the rank's own sentence. */
export interface RankSubject {
  id: string;
  from?: Route;
}

/**
 * The subject the rank's own sentence gives (a bare sentence under a heading naming one: the heading's); null when the
 * sentence rules every subject out, undefined when it gives none and a reference back may.
 */
function sentenceSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, token: Span, ranked: ReadonlySet<string>, dataset?: Dataset): string | RankSubject | null | undefined {
  const text = doc.text;
  const clauses = clausesOf(text, sentence);
  const at = clauses.findIndex((c) => c.start <= token.start && token.start < c.end);
  const clause = clauses[Math.max(0, at)]!;
  const inSentence = segment.entities.filter((m) => ranked.has(m.id) && inSpan(sentence, m));
  // "REB, the Austrian wine valley and the Valle del Sarro's closest rival, ranked third": the sentence opens with a
  // name set off by an apposition; the names inside the apposition are not the subject (when the dataset does not know
  // the name, nothing is).
  const apposed = OPENING_APPOSED_NAME.exec(text.slice(sentence.start, token.start));
  if (apposed && !SENTENCE_ADVERB.test(apposed[1]!)) {
    const nameStart = sentence.start + apposed.index + apposed[0].indexOf(apposed[1]!);
    const nameEnd = nameStart + apposed[1]!.length;
    const named = segment.entities.filter((m) => m.start < nameEnd && m.end > nameStart);
    if (named.length === 0) return null;
    // "Rebental, the Valle del Sarro's most direct competitor, ranked third": a known name so set off is the subject of
    // the clause the apposition leads into, when nothing but its verb stands between the apposition and the place.
    const main = sentence.start + apposed.index + apposed[0].length;
    const ids = new Set(named.map((m) => m.id));
    // (So is the place it moved from, ", up from fifth in 2022".)
    const between = text.slice(main, token.start);
    if (ids.size === 1 && ranked.has(named[0]!.id) && (!/[,;:()]/.test(between) || MOVED_FROM_AFTER_MAIN.test(between)) && !segment.entities.some((m) => m.start >= main && m.start < token.start)) return named[0]!.id;
  }
  if (clause.relative) {
    // "PPMWA, whose partner DNWS was first in 2025, …": the clause names a subject of its own; without one, none is certain.
    if (/^\s*whose\b/i.test(text.slice(clause.start, clause.end))) {
      const within = inSentence.filter((m) => inSpan(clause, m) && m.end <= token.start && !isCompared(text, m));
      return within.length === 1 ? within[0]!.id : null;
    }
    const antecedent = inSentence.filter((m) => m.end <= clause.start).at(-1);
    // "Kaleva … since 2021, taking over from Minho Fibra, which held first place": a name the dataset does not know
    // between the last known one and the clause may be the antecedent, so none is certain.
    const mentions = [...segment.entities, ...segment.rankings, ...segment.metrics];
    // Capitalised words right after the known name go on naming it ("Helgeland Coast" for an alias "Helgeland").
    const from = antecedent ? antecedent.end + NAME_GOES_ON.exec(text.slice(antecedent.end, clause.start))![0].length : 0;
    return antecedent && !namesUnknownSubject(text, { start: from, end: clause.start }, mentions) ? antecedent.id : null;
  }
  // "The 2025 index: 1st BDRI, 2nd RVARS": a clause that opens with the place gives it to the name right after.
  if (/(?:^[\s*_]*|[,;]\s*)$/.test(text.slice(clause.start, token.start))) {
    const next = inSentence.find((m) => m.start >= token.end && /^\s*[:–-]?\s*$/.test(text.slice(token.end, m.start)));
    if (next) return next.id;
  }
  // "…, with the Ubon utility just above it in ninth place": a clause opened by ", with" gives the place it ends on to
  // the name it opens on.
  const opening = inSentence.filter((m) => m.end <= token.start && /(?:^|,)\s*with\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)) && !/[,;:]/.test(text.slice(m.end, token.start))).at(-1);
  if (opening && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(opening.end, token.start)) && PLACE_AFTER.test(text.slice(token.end, token.end + 12))) return opening.id;
  // "…, yet Da Nang, first in 2025, scored 83.9": a place set off right after a name the dataset does not know is that
  // name's.
  const apposedTo = /(\p{Lu}[\p{L}\p{M}’'.-]*)\s*,\s*$/u.exec(text.slice(clause.start > sentence.start ? clause.start - 60 : sentence.start, token.start));
  if (apposedTo && /^\s*$/.test(text.slice(clause.start, token.start)) && clause.start > sentence.start) {
    const nameStart = token.start - apposedTo[0].length;
    if (nameStart >= sentence.start && namesUnknownSubject(text, { start: nameStart, end: nameStart + apposedTo[1]!.length }, [...segment.entities, ...segment.rankings, ...segment.metrics])) return null;
  }
  // "…, ahead of Shenzhen–Hong Kong–Guangzhou in second place": a name right before the rank is its subject.
  const adjacent = inSentence.filter((m) => m.end <= token.start && ADJACENT.test(text.slice(m.end, token.start)));
  if (adjacent.length) {
    const last = adjacent[adjacent.length - 1]!;
    // "A trails B (second)": a place in brackets right after a name is that name's.
    if (/^\s*\(\s*$/.test(text.slice(last.end, token.start))) return last.id;
    // "KHI came first, with SAGIC in third place": the name after "with" holds the place written right after it.
    if (WITH_BEFORE.test(text.slice(Math.max(0, last.start - 10), last.start)) && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(last.end, token.start)) && PLACE_AFTER.test(text.slice(token.end, token.end + 12))) return last.id;
    // "A finished one place ahead of B, in second": the place may be A's or B's; with an uncompared name before, unclear.
    if (isCompared(text, last) && inSentence.some((m) => m.end <= last.start && !isCompared(text, m) && m.id !== last.id)) return null;
    return last.id;
  }
  const own = inSentence.filter((m) => inSpan(clause, m) && !isCompared(text, m));
  const before = own.filter((m) => m.end <= token.start);
  // "NIMR's budget is second only to Kiel's": the rank is of something the entity has, not of the entity.
  // "Ostwand noted that we were third": a pronoun of its own between the name and the rank makes the subject another.
  if (before.length && RK_OTHER_SUBJECT_BETWEEN.test(text.slice(before[0]!.end, token.start))) return null;
  // "We lost the top spot to IAV and now rank second": a clause opened by a pronoun subject names others as objects
  // (not "We note that IAV ranks second", where the name opens a clause of its own); the pronoun is read back.
  if (before.length && PERSONAL_SUBJECT_OPENING.test(text.slice(clause.start, before[0]!.start)) && !/\b(?:that|whether|if|how|as)\s+(?:the\s+)?$/i.test(text.slice(clause.start, before[0]!.start))) return undefined;
  if (before.length) return POSSESSIVE.test(text.slice(before[0]!.end, before[0]!.end + 40)) ? null : before[0]!.id;
  // "### KCOD" then "Ranked first from 2018 to 2023.": a sentence that leaves its subject out speaks of the heading's.
  if (dataset && inSentence.length === 0 && !segment.entities.some((m) => inSpan(sentence, m))) {
    const bare = headingSubjectOfBareSentence(doc, segment, sentence, (id) => ranked.has(id));
    if (bare) return { id: bare, from: 'a heading' };
  }
  const mentions = [...segment.entities, ...segment.rankings, ...segment.metrics];
  // ("The South Bohemian brewery was last …": the capitalised words of a reference back name no one else.)
  const references = [...text.slice(clause.start, token.start).matchAll(anaphorOf(dataset))].filter(properReference).map((m) => ({ start: clause.start + m.index!, end: clause.start + m.index! + m[0].length }));
  if (namesUnknownSubject(text, { start: clause.start, end: token.start }, [...mentions, ...references])) return null;
  // "Glenmoran was bottom of the table from 2020 to 2023, and rose to seventh in 2024 only because Hesbaye-Meuse fell
  // below it": a clause joined to the one before that opens on its verb leaves its subject out (the earlier clause's);
  // a name after the place stands in a clause of its own.
  const elided = at > 0 && before.length === 0 && ELIDED_SUBJECT_OPENING.test(text.slice(clause.start, token.start));
  if (own.length && !elided) return own[0]!.id;
  // "It is the biggest producer, 1.23 times the output of second-placed Sturmhöhe, and it took the top spot": a clause
  // whose subject is a pronoun, in a sentence that opened on one, goes on speaking of the sentence's subject (read back);
  // the names between are objects.
  if (at > 0 && PRONOUN_SUBJECT_CLAUSE.test(text.slice(clause.start, token.start)) && PRONOUN_OPENING.test(text.slice(sentence.start, sentence.start + 24))) return undefined;
  // "A held the top spot until B overtook it in 2023; the spa town kept first place in 2024": a clause with a subject of
  // its own in common words refers back, and with two names before it, to which one is not certain.
  if (at > 0 && DESCRIBED_SUBJECT.test(text.slice(clause.start, token.start)) && new Set(inSentence.filter((m) => m.end <= clause.start).map((m) => m.id)).size > 1) return null;
  // "Auenrock would have been fourth and we would have been eighth": the place's own clause, coordinated with the one
  // before ("and", "but", "while", a semicolon), opens on a personal pronoun, its subject; the name of the clause before
  // is another's, and the pronoun is read back. (After a colon the pronoun may go on about that name: "has put Tampere
  // first: we have held the top spot…".)
  if (at > 0 && PERSONAL_SUBJECT_OPENING.test(text.slice(clause.start, token.start)) && COORDINATED_OPENING.test(text.slice(clauses[at - 1]!.end, token.start))) return undefined;
  for (let i = at - 1; i >= 0; i--) {
    const c = clauses[i]!;
    // "…, which placed fourth, after a single year at third": the relative clause may go on; its subject is unclear.
    // "EMSI, which finished last in most editions, rose to eighth": a clause that opens on a verb right after the
    // relative clause is the main clause again, its subject the relative clause's antecedent.
    if (c.relative) return i === at - 1 && MAIN_VERB_OPENING.test(text.slice(clause.start, token.start)) ? (antecedentOf(text, inSentence, c) ?? null) : null;
    // "We lost the top spot to IAV and now rank second": a clause whose subject is a pronoun names others only as objects;
    // the pronoun is read back.
    if (PERSONAL_SUBJECT_OPENING.test(text.slice(c.start, c.end))) return undefined;
    // "It climbed to seventh in 2022, when the Vooremaa region's centre was hit, and fell back to eighth": a subordinate
    // clause between tells of something else; the elided subject is the main clause's, before it.
    // (Only for a clause joined by "and", "but": in "…, before Ballycarrig, fifth in the first edition, took first place"
    // the subordinate clause is the place's own, cut by an apposition.)
    if (SUBORDINATE_OPENING.test(text.slice(c.start, c.end)) && COORDINATED_OPENING.test(text.slice(clauses[at - 1]!.end, token.start))) continue;
    const subject = inSentence.find((m) => inSpan(c, m) && !isCompared(text, m));
    if (subject) return subject.id;
  }
  return undefined;
}

/** A clause opened by a subordinating word: ", when …", ", because …", ", after …". */
const SUBORDINATE_OPENING = /^[\s,;(—–-]*(?:when|whenever|because|although|though|after|before|until|till|once|if|unless)\b/i;

/** A clause joined to the one before by a coordinating word or a semicolon: "…, and we", "; we", " but they". */
const COORDINATED_OPENING = /^\s*(?:;\s*(?:(?:and|but|so)\s+)?|,?\s*(?:and|but|while|whereas|yet)\s+)/;
const PERSONAL_SUBJECT_OPENING = /^[\s*_>#-]*(?:[,;]\s*)?(?:(?:and|but|so)\s+)?(?:[Ww]e|I|[Tt]hey)\s+(?!(?:and|or)\b)[\p{Ll}]/u;

/**
 * The first ranked, uncompared entity of the nearest earlier sentence that names one: in the same paragraph, earlier items
 * of the same list, or the heading above. Another name in between ("…that Tokyo has never…") makes the reference unclear
 * (null).
 */
function earlierSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, ranked: ReadonlySet<string>): string | null | undefined {
  for (let i = segment.index; i >= 0; i--) {
    const s = doc.segments[i]!;
    const sameList = s.listItem && segment.listItem && s.listItem.list === segment.listItem.list && segment.index - i <= 4;
    if (i !== segment.index && s.kind !== 'heading' && !sameList) return undefined;
    const mentions = [...s.entities, ...s.rankings, ...s.metrics];
    for (const x of s.sentences.filter((x) => x.end <= sentence.start).reverse()) {
      // "We dropped to third, behind A and B. We were first in 2022": a sentence whose subject is itself a pronoun
      // refers back further; the names in it are others (compared, listed), never the pronoun's antecedent.
      // The same holds for a sentence where "we" speaks after an opening clause ("When the index started in 2018 we were
      // third, behind IBCE and the Córdoba centre. We moved up to second in 2019" is not the centre's place).
      if (PRONOUN_OPENING.test(doc.text.slice(x.start, x.start + 96)) || FIRST_PERSON.test(doc.text.slice(x.start, x.end))) continue;
      const subject = s.entities.find((m: Mention) => ranked.has(m.id) && inSpan(x, m) && !isCompared(doc.text, m) && !BETWEEN_PLACES.test(doc.text.slice(Math.max(x.start, m.start - 40), m.start)));
      if (subject) return subject.id;
      // A heading's capitalised words ("## Standing") are no names.
      if (namesUnknownSubject(doc.text, x, mentions)) return s.kind === 'heading' ? undefined : null;
    }
    if (s.kind === 'heading') return undefined;
  }
  return undefined;
}

/** Before a name that bounds a stretch ("between the Harz and the Limfjord"): a place, no subject. */
const BETWEEN_PLACES = /\bbetween\s+(?:the\s+)?(?:[\p{L}’'-]+\s+(?:and|&)\s+(?:the\s+)?)?$/iu;

/** A clause that opens on a finite verb of placing or moving: "rose to eighth", "was third", "has slipped to ninth". */
const MAIN_VERB_OPENING = /^\s*(?:(?:has|have|had)\s+(?:since\s+)?(?:been\s+)?)?(?:rose|risen|fell|fallen|climbed|dropped|slipped|slid|moved|jumped|ranked|ranks|placed|came|finished|was|is|remained|remains|stayed|stays|took|held|holds|reached|returned|regained|sat|sits|stood|stands|ended|topped|led|leads)\b/i;

/** A coordinated clause that opens on its verb, its subject left out: "and rose to seventh", "but then slipped to fifth". */
const ELIDED_SUBJECT_OPENING = new RegExp(String.raw`^\s*,?\s*(?:and|but|yet|then|and\s+then)\s+(?:(?:later|then|since|also|now|still|finally|eventually|only|briefly)\s+)?` + MAIN_VERB_OPENING.source.replace(/^\^\\s\*/, ''), 'i');

/** The name right before a relative clause (", which…"), when nothing but a comma stands between them and it is no comparison. */
function antecedentOf(text: string, mentions: Mention[], relative: Span): string | undefined {
  const before = mentions.filter((m) => m.end <= relative.start);
  const last = before[before.length - 1];
  return last && /^[\s,]*$/.test(text.slice(last.end, relative.start)) && !isCompared(text, last) ? last.id : undefined;
}

// (After a speaker's bold label: "**[11:54] CHIARA LOMBARDI:** It has 193,389 pending cases, … six times Portalva's stock".)
const PRONOUN_OPENING = /^[\s*_>#-]*(?:(?:\*\*|__)[^*_\n]{1,60}?(?:[:.](?:\*\*|__)|(?:\*\*|__)[:.])\s*)?(?:we|our|us|it|its|they|their)\b/i;
/** A clause opened by a pronoun subject and its verb ("and it took", ", it has"). */
const PRONOUN_SUBJECT_CLAUSE = /^[\s,;]*(?:(?:and|but|so|yet|while)\s+)?(?:it|they)\s+(?:(?:also|then|still|again|even)\s+)?\p{Ll}/u;

export interface ClauseTime {
  year?: number;
  /** Several single years ("1st in 2022 and 2023"). */
  years?: number[];
  span?: RangeToken;
  /** No year in the sentence, and nothing in the paragraph names another: the latest edition. */
  latest?: boolean;
  /** The year is the heading's ("### 2018"), not the sentence's own: a difference gets a suggestion, not a fix. */
  headed?: boolean;
  /** The year is the sentence's, written in another clause than the rank's, or counted from one ("a year later"). */
  from?: Route;
}

// "runner-up before 2025", "first until 2024", "since 2019": a bound, no edition. A year set aside ("except 2023") is
// rkExceptYear's.
const BOUND = /\b(?:before|until|till|prior to|after|by|pre-|post-|since)\s*(?:the\s+)?$/i;
/** A sentence told as history ("topped the ranking until…", "had climbed to third", "one year after") says a time other than the latest edition. */
const HISTORY = /\b(?:until|till|before|once|formerly|previously|used to|for years|historically|had been|no longer|long|had\s+(?:(?:already|just|first)\s+)?(?:climbed|risen|slipped|fallen|dropped|ranked|finished|placed|come|moved|reached|held|led|topped|sat|stood)|(?:a|one|two|three|four|five|\d{1,2})\s+(?:years?|editions?)\s+(?:after|earlier))\b/i;
/**
 * A past said without a year ("back then", "at the time", "five years ago", "in its early years", "when the index began",
 * "in the inaugural OSI", "the first SASSI", "in the previous index", "during the pandemic"): a sentence that names no
 * year but says this is of no known edition, never the latest.
 */
const PAST_WITHOUT_YEAR =
  /\b(?:back\s+then|then|at\s+the\s+time|in\s+those\s+days|at\s+(?:the\s+)?(?:start|outset|beginning)|at\s+first|originally|initially|early\s+on|in\s+the\s+(?:beginning|early\s+(?:days|years|editions))|(?:its|their|the)\s+(?:early|first|initial|opening)\s+(?:years|days|editions)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|\d{1,2})\s+(?:years|decades?|editions)\s+ago|a\s+(?:decade|few\s+years)\s+ago|when\s+(?:[\p{L}-]+\s+){0,4}(?:started|began|launched|opened|was\s+(?:launched|created|founded|introduced|set\s+up))|inaugural|debut|(?:the|its)\s+(?:first|earliest|original)\s+\p{Lu}{2,}|(?:the|its)\s+(?:previous|prior|earlier|former)\s+(?:index|ranking|table|benchmark|league)|during\s+the)\b/iu;
/** A run or a count of editions ("in every edition but the latest", "in five of the last six editions"): no one edition. */
const RUN_OF_EDITIONS = /\b(?:every|each|all)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:editions?|years?|rankings?|releases?)\b|\bof\s+(?:the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:editions|years|rankings|releases)\b|\b(?:except|but|bar|save)\s+(?:for\s+|in\s+)?the\s+(?:latest|last|most\s+recent|newest|current)\b/iu;
const PREVIOUS = /\b(?:a year (?:earlier|ago|before)|the (?:year|edition) before|the previous (?:year|edition)|last year)\b/i;
/** The part of a sentence between semicolons that holds `at`. */
export function semicolonPart(text: string, sentence: Span, at: Span): Span {
  const before = text.lastIndexOf(';', at.start - 1);
  const after = text.indexOf(';', at.end);
  return { start: before >= sentence.start ? before + 1 : sentence.start, end: after !== -1 && after < sentence.end ? after : sentence.end };
}

/** "its best result", "their previous placing", "four years after": a place told as of another time. */
const PAST_RESULT = /\b(?:its|their|a|the)\s+(?:best|worst|highest|lowest|previous|former|record|peak|top)\s+(?:result|place|placing|finish|ranking|position|showing|rank|year)\b|\b(?:\d+|[\p{L}]+)\s+years?\s+(?:after|before|since)\b/iu;
/** A clause that opens on its own subject in common words, then its verb: "the spa town kept", "this valley was". */
const DESCRIBED_SUBJECT =
  /^[\s;,:—–-]*(?:(?:and|but|while|whereas|yet)\s+)?(?:the|this|that|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:kept|keeps|held|holds|was|is|remained|remains|stayed|stays|took|takes|finished|finishes|came|comes|ranked|ranks|placed|rose|fell|climbed|slipped|dropped|moved|retained|regained|lost|ended|sat|sits)\b/u;
/**
 * Right before a place: "after years as", "after several editions in", "formerly", "the former" (a counted run, "after
 * two years as runner-up", is read by rkAfterRunBefore as the years before the sentence's).
 */
export const EARLIER_ROLE_BEFORE =
  /(?:\b(?:after|following)\s+(?:(?:many|several|some|long|successive)\s+)?(?:years|decades|editions|seasons)\s+(?:as|in)|\b(?:formerly|previously|once|long)|\b(?:the|its|a)\s+former)\s+(?:the\s+|a\s+)?$/iu;
/** A clause that tells what was, not what the sentence's edition holds: "which had been the runner-up". */
const CLAUSE_HISTORY = /\b(?:had been|formerly|previously|used to|historically)\b/i;
/** Editions before the one in view: "in the preceding editions", "the previous two years", "the two editions before". */
const EARLIER_EDITIONS = /\b(?:preceding|previous|prior|earlier|past)\s+(?:\w+\s+)?(?:editions|years|rankings|indexes|indices)\b|\b(?:editions|years|rankings)\s+(?:before|earlier|previously|prior)\b/i;
/** An edition named by its order, not its year: "entered the first edition in seventh place", "in the very first index". */
const ORDERED_EDITION = /\b(?:the|its|that|[\p{L}-]+['’]s?)\s+(?:very\s+)?(?:first|inaugural|opening|earliest|debut|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:editions?|index|ranking|table|release)\b/iu;
/** The same with the ranking's name between: "tenth in the first SASSI edition" (names capitalised, so "in every edition" is none). */
const NAMED_ORDERED_EDITION = /\b(?:[Tt]he|[Ii]ts)\s+(?:first|inaugural|opening|earliest|debut|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:[A-Z][A-Za-z&.-]*\s+){1,3}(?:editions?|index|ranking|table|release)\b/;
/** Asides of a sentence: between paired dashes, or in brackets. */
const ASIDE = /—[^—]*—|\s[–-]\s[^–]*?\s[–-]\s|\([^()]*\)/g;
/** A bracket holding only a year: "third in the first edition (2017)". */
const BRACKET_YEAR = /^\s*\(\s*((?:19|20)\d{2})\s*\)/;

function asidesOf(text: string, sentence: Span): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/[—–(]|\s-\s/.test(slice)) return [];
  return [...slice.matchAll(ASIDE)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
}

const YEAR_LIST = /^[^.;]*?\bin\s+(?:both\s+|each\s+of\s+|all\s+of\s+)?(?:the\s+)?((?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*,?\s+and\s+(?:the\s+)?(?:19|20)\d{2})\b/;

/**
 * The years a rank speaks of: those of its own clause (a list right after it, else the year after it, else before it;
 * "a year earlier" is the edition before the sentence's); else the sentence's single year; else, when neither the
 * sentence nor its paragraph or heading names a year other than `latestYear`, the latest edition. Undefined when unclear.
 */
/** Right before a year, the start of a change in another clause: "from 76.0 in ", "from 41 Mbit/s in ". */
/** Before a base year compared with: "below its 2019 peak", "above the 2015 level", "than their 2020 low". */
const COMPARED_BASE_BEFORE = /\b(?:below|above|under|over|than|against|versus|vs\.?|compared\s+(?:with|to)|short\s+of|off)\s+(?:(?:its|their|the|his|her|our)\s+)?$/i;
const BASE_NOUN_AFTER = /^(?:['’]s)?\s+(?:peak|high|low|level|figure|score|value|record|mark|total|result|best|worst)\b/i;
const CHANGE_START_YEAR = /\bfrom\s+[\p{Sc}]?\d[\d.,]*(?:\s+[\p{L}/%-]+){0,3}\s+in\s+$/u;
/** A clause dated by the present rather than by a year. */
/** "now third", "currently ranked fifth", "today in second": the present said right before a place. */
const NOW_BEFORE_PLACE = /\b(?:now|currently|today|at\s+present)\s+(?:(?:ranked|ranks|placed|sits|stands|lies)\s+)?(?:in\s+)?(?:the\s+)?$/i;
/** The ordinals of places, in words or figures (the alternation ORDINAL_PLACE and ORDINAL_WORD share). */
const ORDINALS = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th)`;
/** A place said by its ordinal ("third", "5th"), not a verb of leading ("now leads it by 7.9 points" is a gap). */
const ORDINAL_PLACE = new RegExp(`^(?:${ORDINALS})$`, 'i');
const NOW = /\b(?:this|the\s+current|last)\s+(?:year|time|edition|season)(?:['’]s)?\b|\b(?:now|currently|today|at\s+present|these\s+days)\b/i;
/**
 * "Beijing fourth, one place below its 2024 spot", "matching their 2023 place": a year that dates the place compared
 * with, not the place stated; the stated place's edition is another, not known from it.
 */
function isComparedPlaceYear(text: string, year: Span): boolean {
  return /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, year.start - 8), year.start)) && /^\s+(?:spot|place|position|rank|placing|finish|standing|showing|score|points|rating|result|mark)\b/i.test(text.slice(year.end, year.end + 12));
}

/** Right before a year that is the base of a comparison: "higher than in 2022", "up on 2019", "compared with 2020". */
const COMPARISON_BASE_BEFORE = /\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+on)\s+(?:in\s+)?(?:the\s+)?$/i;

/** Right before a year after a place: the year it moved from ("a step down from 2023", "up from 2022"). */
const MOVED_FROM_YEAR_BEFORE = /\b(?:(?:step|way|move|climb|drop|fall|slide|rise)\s+)?(?:up|down|back)\s+from\s+(?:in\s+)?(?:the\s+)?$/i;

/** Between a year and a later place: the words of a later event ("third in 2024 only to return to fourth"). */
const LATER_EVENT = /\b(?:only\s+to|and\s+then|but\s+then|then|before\s+(?:falling|slipping|dropping|returning|climbing|rising|moving)|afterwards|subsequently|later)\b/i;

/** Whether a year before a place is separated from it by the words of a later event. */
function laterEventBetween(text: string, year: Span, place: Span): boolean {
  return year.end <= place.start && place.start - year.end <= 80 && LATER_EVENT.test(text.slice(year.end, place.start));
}

/** A capitalised name (a numbered paragraph's number before it allowed), a comma, an apposition, a comma. */
const OPENING_APPOSED_NAME = /^[\s*_>]*(?:\d+(?:\.\d+)*\.?\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}),\s[^,;:]{3,160},\s/u;
/** The main clause, then a comma and the place moved from: "ranked third in 2024, up from ". */
const MOVED_FROM_AFTER_MAIN = /^[^,;:()]*,\s*(?:up|down|rising|falling|climbing|slipping|dropping)\s+from\s+(?:the\s+)?$/i;
/** Words that open a sentence with a comma but name no one. */
const SENTENCE_ADVERB = /^(?:However|Meanwhile|Overall|Instead|Still|Today|Nevertheless|Nonetheless|Similarly|Likewise|Again|Also|Thus|Hence|Indeed|Finally|First|Second|Third|Yet|Now|Here|There|Elsewhere|Altogether|Together|Combined|Moreover|Further|Furthermore|Notably|Meantime|Since|Then|Later|Earlier|Previously|Currently|Recently|Historically|Traditionally|Regionally|Nationally|Internationally|Globally|Ultimately|Crucially|Importantly|Interestingly|Surprisingly|Unsurprisingly|Predictably|Admittedly|Clearly|Sadly|Happily|Fortunately|Unfortunately|In|On|At|By|For|With|After|Before|Under|Over|Among|Across|Despite|As|Like|Unlike|Of|From)$/;

/** Right after a place: a run from an earlier time on ("ever since", "since then", "from then on"). */
const RUN_SINCE_AFTER = /^\s*(?:place\s+|position\s+|spot\s+)?(?:ever\s+since|since\s+then|ever\s+after|from\s+then\s+on|thereafter)\b/i;

/** "after an uncomfortable 2024", "before the 2022": a bound word, then up to two words, then the year. */
const BOUND_PHRASE_BEFORE = /\b(?:after|before|until|till|following)\s+(?:(?:an?|the|its|their)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** "its best score since the very first edition in 2016": a year at the end of a "since" phrase bounds, and dates nothing. */
const SINCE_PHRASE_BEFORE = /\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}(?:in\s+|of\s+)?$/iu;

/** A place said by its ordinal, in words or figures: "fifth", "5th" (not "the first edition", "the first JEI"). */
const ORDINAL_WORD = new RegExp(String.raw`(?<!\b(?:the|its|their|that|this|a)\s+)\b(?:${ORDINALS})\b(?![\s-]+(?:edition|index|ranking|year|time|round|survey|release|table)s?\b)`, 'i');

export function clauseTime(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, token: Span, latestYear: number): ClauseTime | undefined {
  const clauses = clausesOf(doc.text, sentence);
  const clause = clauses.find((c) => c.start <= token.start && token.start < c.end) ?? sentence;
  const own = timeIn(segment, clause, token);
  if (own.span) return { span: own.span };
  const movedFrom = (t: Span) => t.start >= token.end && MOVED_FROM_YEAR_BEFORE.test(doc.text.slice(Math.max(token.end, t.start - 30), t.start));
  // "up from third a year earlier and fifth in 2022": a year after another place named after this one is that place's.
  const otherPlaceBefore = (t: Span) => t.start >= token.end && ORDINAL_WORD.test(doc.text.slice(token.end, t.start));
  own.years = own.years.filter((t) => !isComparedPlaceYear(doc.text, t) && !laterEventBetween(doc.text, t, token) && !movedFrom(t) && !otherPlaceBefore(t));
  // "climbed from eighth in the first edition to third in 2024 and 2025": the years after the place moved to are that
  // place's (in "A first and B second in 2025" the year is shared, and stays so).
  const nextOrdinal = movedToOrdinal(doc.text, segment, clause, token);
  if (nextOrdinal) own.years = own.years.filter((t) => t.start < nextOrdinal.start);
  // "runner-up before 2025", "first until 2024": a bound, not the edition.
  if (own.years.some((t) => BOUND.test(doc.text.slice(Math.max(0, t.start - 14), t.start)))) return undefined;
  // "first in every edition until KHI overtook it in 2022": a bound word between the place and its clause's next year.
  const nextYear = own.years.find((t) => t.start >= token.end);
  if (nextYear && /\b(?:until|till|before|after|since)\b/i.test(doc.text.slice(token.end, nextYear.start))) return undefined;
  // "climbed to second in 2020 and has been first ever since": a run after the sentence's year, no one edition.
  if (RUN_SINCE_AFTER.test(doc.text.slice(token.end, clause.end))) return undefined;
  // "has been first in three of the four editions since", "first in every edition": a run or count, no one edition.
  if (RUN_OF_EDITIONS.test(doc.text.slice(clause.start, clause.end))) return undefined;
  // "…since 2019, when it was fourth": a clause opened by "when" speaks of the year right before it, or of no known year.
  if (!own.years.length) {
    const when = whenClauseYear(doc.text, clause);
    if (when !== undefined) return when === 'unsure' ? undefined : { year: when };
  }
  // "LVFRI, now third in the index, …": "now" right before a place without a year of its own dates it to the latest
  // edition, whatever years the sentence's other clauses give.
  if (!own.years.length && ORDINAL_PLACE.test(doc.text.slice(token.start, token.end)) && NOW_BEFORE_PLACE.test(doc.text.slice(Math.max(clause.start, token.start - 24), token.start)) && !HISTORY.test(doc.text.slice(clause.start, clause.end))) return { latest: true };
  const list = YEAR_LIST.exec(doc.text.slice(token.end, nextOrdinal ? nextOrdinal.start : clause.end));
  if (list) return { years: [...new Set(list[1]!.match(/\d{4}/g)!.map(Number))] };
  if (own.years.length) return { year: (own.years.find((t) => t.start >= token.end) ?? own.years[own.years.length - 1]!).value };
  // "came third in the first edition (2017) and second in 2018": a bracketed year right after the clause is its own.
  const bracketed = BRACKET_YEAR.exec(doc.text.slice(clause.end, clause.end + 12));
  if (bracketed) return { year: Number(bracketed[1]) };
  // "fell from fourth (2020–2021) to fifth in 2022", "(in 2020 and 2021)": a bracket of years alone, a span or a list.
  const bracketTimes = bracketTime(doc.text, segment, clause.end);
  if (bracketTimes) return bracketTimes;
  const clauseText = doc.text.slice(clause.start, clause.end);
  // "…, which had been the runner-up in the preceding editions": the clause tells history; the sentence's year is not its own.
  // "entered the first edition in seventh place and sat fifth in 2020": an edition named by its order is not the sentence's year
  // ("came first in that first edition" too).
  if (CLAUSE_HISTORY.test(clauseText) || EARLIER_EDITIONS.test(clauseText) || ORDERED_EDITION.test(clauseText) || NAMED_ORDERED_EDITION.test(clauseText)) return undefined;
  // "It ranked fourth in the 2025 index, down from third": a place compared with, in a clause with no year of its own,
  // is of an earlier edition the sentence does not name.
  // ("up from fifth a year earlier" names its edition: the one before.)
  if (COMPARED_PLACE_OPENING.test(clauseText) && !PREVIOUS.test(clauseText)) return undefined;
  // A year in an aside ("— the institute started seventh in 2017 —", "(2017)") belongs to the aside only.
  const asides = [...asidesOf(doc.text, sentence), ...dvRankingAppositions(doc.text, segment, sentence)].filter((a) => !inSpan(a, token));
  const outside = (t: Span) => !asides.some((a) => inSpan(a, t));
  const whole = timeIn(segment, sentence, token);
  // "HRWC ranked fifth, down from fourth in 2022": the year of a clause holding the earlier place is that place's.
  const placeCompared = comparedPlaceClauses(doc.text, segment, clauses, clause);
  const comparedYear = (t: Span) => isComparedPlaceYear(doc.text, t) || placeCompared.some((c) => inSpan(c, t));
  const comparedPlace = whole.years.some(comparedYear);
  // "…, 5.2 points higher than in 2022 and 4.6 points ahead of the Leuven gallery, which came second": a year given as
  // the base of a comparison dates that base, not the place.
  // "Seoul's fourth place is a step down from 2023, when it was third": a year moved from is the earlier place's.
  // ("up from third a year earlier and fifth in 2022": the year another place after it holds is no base of "a year earlier".)
  const yearEarlier = PREVIOUS.test(clauseText);
  whole.years = whole.years.filter((t) => !comparedYear(t) && !laterEventBetween(doc.text, t, token) && !(t.end <= token.start && COMPARISON_BASE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start))) && !movedFrom(t) && !(yearEarlier && otherPlaceBefore(t)));
  // "GBMC came tenth and last, four years after its best result, seventh in 2021": a later place told as a past result
  // takes the year after it.
  const pastResultYear = (t: Span) =>
    t.start > token.end && PAST_RESULT.test(doc.text.slice(token.end, t.start)) && segment.tokens.some((o) => o.kind === 'ordinal' && !o.yearLike && o.start > token.end && o.end <= t.start);
  whole.years = whole.years.filter((t) => !pastResultYear(t));
  // "…was the runner-up; Xinhua wrote in September 2025 that …": the date of a report, not an edition.
  whole.years = whole.years.filter((t) => !REPORT_DATE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 40), t.start)));
  // "It was first; it slipped to second only in the 2025 edition": a year past a semicolon, beside a place of its own,
  // is that place's.
  const ownPart = semicolonPart(doc.text, sentence, token);
  // (A year opening the sentence before the semicolon is shared: "In the 2025 CRI A came first; B would have ranked third".)
  const otherPlaceYear = (t: Span) =>
    t.start >= ownPart.end && segment.tokens.some((o) => o.kind === 'ordinal' && !o.yearLike && o.start >= ownPart.end && o.end <= t.start && inSpan(semicolonPart(doc.text, sentence, t), o));
  whole.years = whole.years.filter((t) => !otherPlaceYear(t));
  // "In the third edition (2020), it ranked sixth": a year only in an aside still dates the sentence away from the latest.
  const asideYear = whole.years.some((t) => !outside(t) && t.value !== latestYear);
  whole.years = whole.years.filter(outside);
  // "SSB's score fell from 76.0 in 2023 to 72.7, …, and it ranked fifth": the year dates a change's start, not the place.
  if (whole.years.some((t) => CHANGE_START_YEAR.test(doc.text.slice(Math.max(sentence.start, t.start - 60), t.start)))) return undefined;
  // "7.0 points below its 2019 peak of 82.3 and 7.7 points behind Olszynka (83.0), which topped the Index": a year that
  // names a base compared with dates that base, not the place.
  if (whole.years.some((t) => COMPARED_BASE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 30), t.start)) && BASE_NOUN_AFTER.test(doc.text.slice(t.end, t.end + 16)))) return undefined;
  // The sentence's years after a later place are that place's: this one has no year of its own.
  if (nextOrdinal && whole.years.some((t) => t.start >= nextOrdinal.start)) return undefined;
  const previous = PREVIOUS.test(clauseText);
  if (whole.span && outside(whole.span)) return undefined;
  const distinct = [...new Set(whole.years.map((t) => t.value))];
  if (distinct.length > 1) return undefined;
  // "Since 2022, when the method changed, it has ranked first": a bound elsewhere in the sentence is no edition either.
  // "climbed back to second place after an uncomfortable 2024": a year closing an "after" phrase is a bound too.
  if (whole.years.some((t) => BOUND.test(doc.text.slice(Math.max(0, t.start - 14), t.start)) || SINCE_PHRASE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 48), t.start)) || BOUND_PHRASE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 40), t.start)))) return undefined;
  // "SKWE was tenth, last of the ten, in every edition except 2023": a year set aside dates no place of the sentence.
  if (whole.years.some((t) => RK_SET_ASIDE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start)))) return undefined;
  // "Beijing came in third this year, and Shanghai–Suzhou, fifth back in 2023, dropped a place to sixth": a sentence
  // dated by the present as well as by a year leaves a clause without its own year undated.
  if (distinct.length === 1 && NOW.test(doc.text.slice(sentence.start, sentence.end))) return undefined;
  // "climbed to third in 2022, then to second a year later": the edition after the sentence's year.
  const next = NEXT_YEAR_WORDS.test(clauseText);
  if (distinct.length === 1) {
    // A year that opens the sentence ("In the 2025 SAERI, KHI came first, with SAGIC third", "GII 2025: …") frames
    // every clause of it; one written in another clause ("A returned to second in 2025, and B rose to fifth") is lent.
    const from: Route | undefined = previous || next ? 'a year counted from another' : whole.years.every((y) => opensSentence(segment, sentence, y, token)) ? undefined : otherClauseRoute(doc.text, segment, clauses, clause, whole.years);
    const year = previous ? distinct[0]! - 1 : next ? distinct[0]! + 1 : distinct[0]!;
    return from ? { year, from } : { year };
  }
  const heading = segment.heading !== undefined ? doc.segments[segment.heading] : undefined;
  // "### 2018" or "### The 2024 edition" over "- PPMWA tops it; SDWC is third": the one year of the heading above dates
  // a sentence that names none, when the paragraph names no other year and the sentence tells no history.
  const headingYear = distinct.length === 0 && !whole.span ? heading && headingEdition(doc, segment, heading, latestYear) : undefined;
  if (headingYear !== undefined && !asideYear && !comparedPlace && !HISTORY.test(doc.text.slice(sentence.start, sentence.end)) && !NOW.test(doc.text.slice(sentence.start, sentence.end))) {
    return { year: previous ? headingYear - 1 : next ? headingYear + 1 : headingYear, headed: true };
  }
  const context = [segment, ...(heading ? [heading] : [])];
  const other = context.some(
    (s) => s.ranges.some((r) => r.from.yearLike && r.to.yearLike && outside(r)) || s.tokens.some((t) => t.yearLike && outside(t) && t.value !== latestYear && !/\bsince\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, t.start - 12), t.start))),
  );
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  if (other || asideYear || comparedPlace || HISTORY.test(sentenceText) || PAST_WITHOUT_YEAR.test(sentenceText) || RUN_OF_EDITIONS.test(sentenceText)) return undefined;
  if (next) return undefined;
  return previous ? { year: latestYear - 1 } : { latest: true };
}

/** A clause that is a time phrase alone (", in 2021."): an afterthought that dates the clause before it. */
const TIME_PHRASE_ONLY = /^(?:in|for)\s+(?:the\s+)?\d{4}(?:\s+(?:edition|index|ranking|table|release))?\s*\.?$/i;
/** Words that place a name without an ordinal ("tops the 2025 index", "led it in 2024", "was the runner-up"). */
const PLACE_WORD = /\b(?:top(?:s|ped)?|leads?|led|head(?:s|ed)|won|wins|runner-up|last)\b/i;

/**
 * The route of a year written in another clause than the place's. A clause that places a name of its own ("A returned
 * to second in 2025, and B rose to fifth", "IAV tops the 2025 index, with UICS second") dates a coordinated placing:
 * the year is lent from 'another clause of the sentence'. A clause that places no one ("when the index was first
 * published in 2018, …", "its score down 8.3 points from its 2017 peak") tells of something else that year, which
 * the place need not share: 'another clause that names no place', a route too doubtful for a finding (lent-slots.ts).
 * A time phrase alone right after the place's clause (", in 2021.") is the place's own.
 */
function otherClauseRoute(text: string, segment: AnalysedSegment, clauses: readonly Clause[], own: Span, years: readonly Span[]): Route | undefined {
  const clauseOf = (y: Span) => clauses.find((c) => c.start <= y.start && y.start < c.end);
  const yearClauses = years.map(clauseOf);
  if (yearClauses.every((c) => c && c.start >= own.end && TIME_PHRASE_ONLY.test(text.slice(c.start, c.end).trim()) && /^[\s,]*$/.test(text.slice(own.end, c.start)))) return undefined;
  // The clause splitter also cuts before "and", "from", "with" where no punctuation stands ("science and technology
  // clusters", "took first place from SAGIC in 2021"): clauses with only spaces between are read as one.
  const joined = (c: Span): Span => {
    let i = clauses.findIndex((x) => x.start === c.start);
    let j = i;
    while (i > 0 && /^\s*$/.test(text.slice(clauses[i - 1]!.end, clauses[i]!.start))) i--;
    while (j < clauses.length - 1 && /^\s*$/.test(text.slice(clauses[j]!.end, clauses[j + 1]!.start))) j++;
    return { start: clauses[i]!.start, end: clauses[j]!.end };
  };
  const placesSomeone = (c: Span) => segment.tokens.some((t) => t.kind === 'ordinal' && !t.yearLike && inSpan(c, t)) || PLACE_WORD.test(text.slice(c.start, c.end));
  // "In the ninth edition, out in 2024, Warrumbin came fifth": clauses that open the sentence before any name frame it.
  const framesSentence = (c: Span) => c.end <= own.start && !segment.entities.some((m) => m.start >= clauses[0]!.start && m.start < c.end);
  if (yearClauses.every((c) => c && framesSentence(c))) return 'a clause that opens the sentence';
  if (years.every((y) => y.start >= own.end && /^[^,;:()\u2013\u2014.]*$/.test(text.slice(own.start, y.start)))) return 'a year shared by coordinated places';
  return yearClauses.every((c) => c && (placesSomeone(joined(c)) || framesSentence(c))) ? 'another clause of the sentence' : 'another clause that names no place';
}

/** A year that stands before every name and place of its sentence (the sentence's one year, so its frame). */
function opensSentence(segment: AnalysedSegment, sentence: Span, year: Span, rank: Span): boolean {
  if (segment.entities.some((m) => inSpan(sentence, m) && m.start < year.start)) return false;
  return year.end <= rank.start && !segment.tokens.some((t) => t.kind === 'ordinal' && inSpan(sentence, t) && t.start < year.start);
}

/** Between the years of a bracket that holds nothing else: "(2020–2021)", "(in 2020 and 2021)", "(2019, 2020)". */
const BRACKET_YEARS_ONLY = /^\(\s*(?:in\s+)?(?:19|20)\d{2}(?:\s*(?:[–-]|,|and|&|to)\s*(?:19|20)?\d{2,4})*\s*\)/;

/** The time of a bracket that opens at `at` (after spaces) and holds only years: its span, or its years. */
function bracketTime(text: string, segment: AnalysedSegment, at: number): ClauseTime | undefined {
  const open = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
  const m = BRACKET_YEARS_ONLY.exec(text.slice(open, open + 40));
  if (!m) return undefined;
  const inside = { start: open, end: open + m[0].length };
  const ranges = segment.ranges.filter((r) => r.from.yearLike && r.to.yearLike && inSpan(inside, r));
  const years = segment.tokens.filter((t) => t.yearLike && inSpan(inside, t) && !ranges.some((r) => inSpan(r, t)));
  if (ranges.length === 1 && years.length === 0) return { span: ranges[0]! };
  if (ranges.length === 0 && years.length > 1) return { years: [...new Set(years.map((t) => t.value))] };
  return undefined;
}

/** Right before a year, a verb of reporting and its date: "wrote in September ", "said in ", "reported in early ". */
const REPORT_DATE_BEFORE = /\b(?:wrote|writes|said|says|reported|reports|noted|announced|published|stated|told\s+[\p{L}]+)\s+(?:in|on)\s+(?:(?:early|mid|late|mid-)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?:\d{1,2}\s+)?$/iu;

/** A clause that opens on an earlier or compared place: "down from fourth in 2022", "up from sixth", "compared with third". */
// Not "than": in "fifth rather than fourth in 2022" the year is both places'.
const COMPARED_PLACE_OPENING = /^\s*(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|against|versus)\s/i;
/** A clause that opens on a deed of its own before or after the place: "…drops to second after topping the 2024 edition". */
const DEED_OPENING = /^\s*(?:after|before)\s+\p{L}+ing\b/iu;

/** The clauses of a sentence, after the rank's own, that hold an earlier or compared place (an ordinal of their own) or a deed of their own. */
function comparedPlaceClauses(text: string, segment: AnalysedSegment, clauses: Clause[], own: Span): Clause[] {
  return clauses.filter((c) => c !== own && c.start >= own.end && (DEED_OPENING.test(text.slice(c.start, c.end)) || (COMPARED_PLACE_OPENING.test(text.slice(c.start, c.end)) && segment.tokens.some((t) => t.kind === 'ordinal' && !t.yearLike && inSpan(c, t)))));
}

/**
 * The one edition year the heading right above a segment names ("### 2018", "## The 2024 edition", "### MUWB 2023"),
 * when it holds one year, no span and no bound ("### Since 2018"), and every year the section names from that
 * heading to the end of the segment is that year.
 */
function headingEdition(doc: AnalysedDocument, segment: AnalysedSegment, dated: AnalysedSegment, latestYear: number): number | undefined {
  const text = doc.text;
  if (!dated.tokens.some((t) => t.yearLike && t.value <= latestYear) || dated.ranges.some((r) => r.from.yearLike || r.to.yearLike)) return undefined;
  const years = dated.tokens.filter((t) => t.yearLike);
  const year = years[0]!.value;
  if (rkExceptYear(text, dated, dated)) return undefined;
  if (years.some((t) => t.value !== year || BOUND.test(text.slice(Math.max(dated.start, t.start - 14), t.start)) || /^\s*[–-]/.test(text.slice(t.end, Math.min(dated.end, t.end + 3))))) return undefined;
  if (segment.tokens.some((t) => t.yearLike && t.value !== year)) return undefined;
  // The paragraphs between the heading and this one name no other year either.
  for (let i = dated.index + 1; i < segment.index; i++) if (doc.segments[i]!.tokens.some((t) => t.yearLike && t.value !== year)) return undefined;
  return year;
}

/** The place moved to in "from <token> … to <place>", within the clause. */
function movedToOrdinal(text: string, segment: AnalysedSegment, clause: Span, token: Span): NumberToken | undefined {
  if (!/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, token.start - 12), token.start))) return undefined;
  const next = segment.tokens.find((t) => t.kind === 'ordinal' && !t.yearLike && t.start >= token.end && t.end <= clause.end && /\bto\s+(?:the\s+)?$/i.test(text.slice(token.end, t.start)));
  return next;
}

/** Year ranges and single years in `span`; of several ranges, the one nearest before the token ("2017–2024  1st"), else the first after. */
function timeIn(segment: AnalysedSegment, span: Span, token: Span): { span?: RangeToken; years: NumberToken[] } {
  const ranges = segment.ranges.filter((r) => r.from.yearLike && r.to.yearLike && inSpan(span, r));
  const years = segment.tokens.filter((t: NumberToken) => t.yearLike && inSpan(span, t) && !ranges.some((r) => inSpan(r, t)));
  const before = ranges.filter((r) => r.end <= token.start);
  return { span: before[before.length - 1] ?? ranges[0], years };
}
