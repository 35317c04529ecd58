// Who a sentence that names no entity speaks of: "we" and "our" in a document an organisation writes about itself
// (its annual report, a memo to its board, its press release), and "the institute", "the Station", "the centre" for the
// one organisation of that kind named last before (or, failing that, the document's own organisation).
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { Mention } from './phrase-matcher.js';
import { namesUnknownSubject } from './rank-clauses.js';
import { datasetNouns } from './dataset-nouns.js';
import { VersionMemo } from '../version-memo.js';

/** Kinds of entity that write documents about themselves (not a country, region, city cluster or programme). */
const ORGANISATION_KINDS = /\b(?:institute|university|organi[sz]ation|agency|company|centre|center|laborator(?:y|ies)|station|college|academy|foundation|council|society|observatory|hospital|museum)\b/i;

/** Nouns an organisation is referred back by: "the institute", "the Station", "the lab", "the airport", "the operator". */
const INSTITUTION_NOUNS = ['institute', 'institution', 'centre', 'center', 'station', 'laboratory', 'lab', 'university', 'observatory', 'agency', 'academy', 'college', 'school', 'foundation', 'council', 'society', 'company', 'hospital', 'museum', 'gallery', 'airport', 'utility', 'operator'];
/** "the institute" (not "the institute's rival", "the institutes", "the other institute", "the institute of X"). */
const definiteOf = (nouns: readonly string[]): RegExp => new RegExp(String.raw`\b(?:the|The|THE)\s+(${nouns.join('|')}|${nouns.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})\b(?![-\u2010]|\s+(?:of|for|in|at|on)\b)`, 'g');
interface DefinitePatterns {
  definite: RegExp;
  any: RegExp;
  nouns: readonly string[];
  /** The segment memo key of `mayRefer` for these nouns. */
  memoKey: string;
}
const patterns = new WeakMap<Dataset, DefinitePatterns>();
/** "the <noun>" for the common institution nouns and the dataset's own (dataset-nouns.ts: "the zoo", "the orchestra"). */
function definitePatterns(dataset: Dataset): DefinitePatterns {
  let found = patterns.get(dataset);
  if (!found) {
    const own = datasetNouns(dataset).filter((n) => !INSTITUTION_NOUNS.includes(n));
    const nouns = [...INSTITUTION_NOUNS, ...own];
    const definite = definiteOf(nouns);
    patterns.set(dataset, (found = { definite, any: new RegExp(definite.source), nouns, memoKey: `dataset-referred-subject:may-refer:${own.join(',')}` }));
  }
  return found;
}
/** First person, the writer's own organisation ("US", the country, is not "us"). */
export const FIRST_PERSON = /\b(?:we|our|us|ours|We|Our|Us|WE|OUR)\b/;

/** Document headers that say an organisation speaks for itself. */
const SELF_REPORT_TITLE = /\b(?:annual\s+(?:report|review)|year\s+in\s+review|activity\s+report|(?:sustainability|integrated|impact)\s+report|self[- ]assessment|yearbook|key\s+figures|facts?\s+(?:and|&)\s+figures|fact\s*sheet|at\s+a\s+glance|in\s+numbers|(?:investor|shareholder|staff|customer)s?['’]?\s+(?:newsletter|letter|update|bulletin)|letter\s+to\s+(?:shareholders|investors))\b/i;
/** Records an organisation keeps of its own meetings: "Mission Review Board: minutes of the 14th meeting". */
const MINUTES_TITLE = /\b(?:minutes|board\s+meeting|meeting\s+of\s+the\s+board)\b/i;
const PRESS_RELEASE = /\bpress\s+release\b|\bfor\s+immediate\s+release\b|\bmedia\s+release\b/i;
const MEMO_TO = /^[\s*_>-]*(?:to|for)\s*[*_]*\s*:/i;
/** A sender line: "From:", and an application's "Applicant:" or "Submitted by:" (who applies writes the application). */
const MEMO_FROM = /^[\s*_>-]*(?:from|applicant|submitted\s+by)\s*[*_]*\s*:/i;
/** How many segments at most a document's header (before its first section heading) holds. */
const HEADER_SEGMENTS = 12;
/** "A letter to our partners", "Letter to our members": the writer's own organisation writes to its own circle. */
const OWN_LETTER_TITLE = /\bletter\s+to\s+our\s+(?:partners|sponsors|members|friends|supporters|donors|customers|patrons|subscribers|volunteers)\b/i;

function isOrganisation(dataset: Dataset, id: string): boolean {
  const e = dataset.entities.get(id);
  return !!e && ORGANISATION_KINDS.test(`${e.kind ?? ''} ${e.name}`) && !/^(?:country|region|cluster|city|programme|program)$/i.test(e.kind ?? '');
}

function distinct(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.id))];
}

const owners = new VersionMemo<AnalysedDocument, Map<Dataset, string | null>>();

/**
 * The organisation a document is written by, on explicit evidence in its header (the segments before its first
 * section heading): an annual report or press release whose title names exactly one organisation, a memo addressed
 * to the board of exactly one, or a memo or email whose From line names exactly one. Undefined when the header names
 * none, several, or says nothing of who writes.
 */
export function documentOwner(doc: AnalysedDocument, dataset: Dataset): string | undefined {
  let byDataset = owners.get(doc);
  if (!byDataset) owners.set(doc, (byDataset = new Map()));
  let owner = byDataset.get(dataset);
  if (owner === undefined) {
    owner = findOwner(doc, dataset) ?? null;
    byDataset.set(dataset, owner);
  }
  return owner ?? undefined;
}

function findOwner(doc: AnalysedDocument, dataset: Dataset): string | undefined {
  const header: AnalysedSegment[] = [];
  // A header longer than this is no header (a document with no section headings): its first segments still hold a
  // memo's or an email's To and From lines, but a title above them is not taken to speak for the whole.
  let endless = false;
  for (const s of doc.segments) {
    if (s.kind === 'heading' && (s.depth ?? 1) > 1) break;
    if (s.kind === 'heading' && header.some((h) => h.kind === 'heading')) break;
    if (header.length === HEADER_SEGMENTS) {
      endless = true;
      break;
    }
    header.push(s);
  }
  const title = endless ? undefined : header.find((s) => s.kind === 'heading');
  const organisations = (s: AnalysedSegment) => distinct(s.entities).filter((id) => isOrganisation(dataset, id));
  const headerText = header.map((s) => s.text).join('\n');
  if (title && (SELF_REPORT_TITLE.test(title.text) || PRESS_RELEASE.test(headerText))) {
    const named = organisations(title);
    if (named.length === 1 && distinct(title.entities).length === 1) return named[0];
  }
  // "# 4. Climate and service quality" over "*Kolej Nadbałtycka (KNB) · Sustainability Report 2025 · Chapter 4*": an
  // emphasised line of the header that names one organisation (and nothing else) with the kind of report it writes.
  const byline = header.find((s) => s.kind === 'paragraph' && /^\s*(?:\*\*?|__?)[^\n]*(?:\*\*?|__?)\s*$/.test(s.text) && SELF_REPORT_TITLE.test(s.text));
  if (byline && !(title && PRESS_RELEASE.test(headerText))) {
    const named = organisations(byline);
    // Not a line about another's report: "*Notes on KNB’s Sustainability Report*".
    const about = /\b(?:on|about|review\s+of|commentary|response\s+to)\b|['’]s\b/i.test(byline.text);
    if (named.length === 1 && distinct(byline.entities).length === 1 && !about) return named[0];
  }
  // "# …: minutes of the 14th meeting" then "**Uruguayan Small-Satellite Laboratory (LUPS), Montevideo.**": a bold
  // subtitle that names exactly one organisation (and nothing else) is the minutes' own.
  if (title && MINUTES_TITLE.test(title.text)) {
    const subtitle = header.find((s) => s.kind === 'paragraph');
    if (subtitle && /^\s*(?:\*\*|__)[^\n]*(?:\*\*|__)\s*$/.test(subtitle.text)) {
      const named = organisations(subtitle);
      if (named.length === 1 && distinct(subtitle.entities).length === 1) return named[0];
    }
  }
  // "# A letter to our partners" over "**Auenrock e.V. · Wurzenau-Nord · Saxony**": a letter to the writer's own partners,
  // sponsors or members, under a bold letterhead that names exactly one organisation (and nothing else), is its own.
  if (title && OWN_LETTER_TITLE.test(title.text)) {
    const letterhead = header.find((s) => s.kind === 'paragraph' && /^\s*(?:\*\*|__)[^\n]*(?:\*\*|__)\s*$/.test(s.text));
    const named = letterhead ? organisations(letterhead) : [];
    if (letterhead && named.length === 1 && distinct(letterhead.entities).length === 1) return named[0];
  }
  // "**To:** Board of Directors, Córdoba Satellite Research Centre": a memo to one organisation's board speaks as it.
  // "**From:** Head of Research Management, NIMR": a memo or email whose sender line names one organisation (and no
  // other entity) is written by it, whoever it is addressed to.
  const addressed = new Set<string>();
  const senders = new Set<string>();
  let others = 0;
  let otherSenders = 0;
  for (const s of header) {
    for (const line of lines(doc.text, s)) {
      const lineText = doc.text.slice(line.start, line.end);
      const to = MEMO_TO.test(lineText);
      const from = !to && MEMO_FROM.test(lineText);
      if (!to && !from) continue;
      const named = distinct(s.entities.filter((m) => m.start >= line.start && m.end <= line.end));
      for (const id of named) {
        if (from) isOrganisation(dataset, id) ? senders.add(id) : otherSenders++;
        else isOrganisation(dataset, id) ? addressed.add(id) : others++;
      }
    }
  }
  if (senders.size > 0) {
    const [sender] = senders;
    const agrees = senders.size === 1 && otherSenders === 0 && [...addressed].every((id) => id === sender);
    return agrees ? sender : undefined;
  }
  return addressed.size === 1 && others === 0 && /\b(?:board|council|trustees|governors|directors|staff|management)\b/i.test(headerText) ? [...addressed][0] : undefined;
}

function lines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

const nounCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/** The institution nouns an entity is called by: words of its name, its aliases and its kind (once per dataset). */
function nounsOf(dataset: Dataset, id: string): Set<string> {
  let byId = nounCache.get(dataset);
  if (!byId) nounCache.set(dataset, (byId = new Map()));
  let nouns = byId.get(id);
  if (!nouns) byId.set(id, (nouns = computeNouns(dataset, id)));
  return nouns;
}

function computeNouns(dataset: Dataset, id: string): Set<string> {
  const e = dataset.entities.get(id);
  const nouns = new Set<string>();
  if (!e) return nouns;
  const known = definitePatterns(dataset).nouns;
  for (const phrase of [e.name, ...e.aliases, (e.kind ?? '').replace(/[-_]/g, ' ')]) {
    for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u)) if (known.includes(w)) nouns.add(w);
  }
  // The noun the dataset declares for it ("noun": "club").
  if (e.noun) nouns.add(e.noun);
  if (nouns.has('laboratory')) nouns.add('lab');
  if (nouns.has('lab')) nouns.add('laboratory');
  if (nouns.has('centre')) nouns.add('center');
  if (nouns.has('center')) nouns.add('centre');
  return nouns;
}

/** A reference back in `span` of the text: first person, or "the <institution noun>". */
export function referenceIn(text: string, span: Span, dataset: Dataset): { firstPerson: boolean; noun?: string; start: number; end: number } | undefined {
  const slice = text.slice(span.start, span.end);
  const first = FIRST_PERSON.exec(slice);
  if (first) return { firstPerson: true, start: span.start + first.index, end: span.start + first.index + first[0].length };
  const { definite } = definitePatterns(dataset);
  definite.lastIndex = 0;
  const m = definite.exec(slice);
  if (!m) return undefined;
  // "the same institute", "the other centre", "each institute": no back reference (checked on the words before).
  if (/\b(?:other|same|next|previous|former|largest|smallest|biggest|median|average|typical|every|each|any|one)\s+$/i.test(slice.slice(0, m.index + m[0].length - m[1]!.length))) return undefined;
  return { firstPerson: false, noun: m[1]!.toLowerCase(), start: span.start + m.index, end: span.start + m.index + m[0].length };
}

/**
 * The entity a reference back in `scope` (a clause or sentence that names no owner) speaks of, among `candidates` (ids
 * that hold facts of the measure in question): first person for the document's own organisation; "the <noun>" for the
 * one organisation called so that was named last before the sentence in its section (a sentence before, a paragraph,
 * a table or the heading above), when the document's own organisation, if also called so, is not another. Null when
 * the reference is there but unclear (two so called, another than the document's own, or one without such facts):
 * then no heading above may stand in for the subject either.
 */
export function referredSubject(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, scope: Span, candidates: (id: string) => boolean): Mention | null | undefined {
  const reference = referenceIn(doc.text, scope, dataset);
  if (!reference) return undefined;
  const at = { start: reference.start, end: reference.end };
  const owner = documentOwner(doc, dataset);
  if (reference.firstPerson) return owner ? (candidates(owner) ? { id: owner, ...at } : null) : undefined;
  const noun = reference.noun!;
  const named = nearestNamed(doc, dataset, segment, sentence, noun);
  const ownerFits = owner !== undefined && nounsOf(dataset, owner).has(noun);
  const id = named === null ? undefined : (named ?? (ownerFits ? owner : undefined));
  // A reference that names no one certain, or another than the document's own organisation of that kind: unclear. So is
  // "the university" in a dataset that holds no organisation so called (not "the company"): it speaks of one the dataset does not hold, and
  // a heading that names another ("## Halden" over "the university managed 463 hives") does not stand in for it.
  if (!id || (ownerFits && id !== owner)) return named === undefined && !ownerFits && (GENERIC_NOUNS.has(noun) || calledSo(dataset, noun)) ? undefined : null;
  return candidates(id) ? { id, ...at } : null;
}

/** Nouns any business or body may be called by ("the company" for a resort operator), whatever its name says. */
const GENERIC_NOUNS = new Set(['company', 'institution', 'organisation', 'organization', 'operator']);
/** Whether any entity of the dataset is called by `noun` ("station", "university"). */
function calledSo(dataset: Dataset, noun: string): boolean {
  for (const id of dataset.entities.keys()) if (nounsOf(dataset, id).has(noun)) return true;
  return false;
}

/** How many segments back (up to the section's heading) a reference looks for the organisation it names. */
export const REFERENCE_SEGMENTS = 5;

/**
 * The one organisation called `noun` named in the nearest earlier sentence that names any so called: undefined when
 * none is named in the section, null when that sentence names two.
 */
function nearestNamed(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, noun: string): string | undefined | null {
  for (let i = segment.index, n = 0; i >= 0 && n <= REFERENCE_SEGMENTS; i--, n++) {
    const s = doc.segments[i]!;
    const fits = (m: Mention) => m.end <= sentence.start && isOrganisation(dataset, m.id) && nounsOf(dataset, m.id).has(noun);
    // A table before the sentence is one step back, read whole: the one organisation so called in its cells, else unclear.
    const table = s.cell && s.cell.table !== segment.cell?.table ? doc.tables.find((t) => t.id === s.cell!.table) : undefined;
    if (table) {
      const cells = table.cells.flat().map((c) => doc.segments[c]!);
      const ids = distinct(cells.flatMap((c) => c.entities.filter(fits)));
      if (ids.length) return ids.length === 1 ? ids[0]! : null;
      i = Math.min(i, ...cells.map((c) => c.index));
      continue;
    }
    const before = s.entities.filter(fits);
    if (before.length) {
      // The nearest sentence (or cell, or heading) holding such a name.
      const last = before[before.length - 1]!;
      const within = s.kind === 'paragraph' ? s.sentences.find((x) => x.start <= last.start && last.end <= x.end) : s;
      const ids = distinct(before.filter((m) => !within || (m.start >= within.start && m.end <= within.end)));
      // "…the Leuven gallery … In Coimbra, the Galeria de Arte had its best year. The gallery is now fourth": a name the
      // dataset does not know between the antecedent and the reference may be what it refers to.
      const between = { start: (within ?? last).end, end: s === segment ? sentence.start : s.end };
      if (between.end > between.start && namesUnknownSubject(doc.text, between, [...s.entities, ...s.rankings, ...s.metrics])) return null;
      return ids.length === 1 ? ids[0]! : null;
    }
    if (s.kind === 'heading') break;
  }
  return undefined;
}

/** Does a segment's text hold a reference back that `referredSubject` may resolve (decided from its text alone)? */
/** `mayRefer` of a segment's text, kept with the segment (per dataset, whose nouns it reads). */
export function segmentMayRefer(segment: Pick<AnalysedSegment, 'memo'>, dataset: Dataset): boolean {
  return segment.memo(definitePatterns(dataset).memoKey, (text) => mayRefer(text, dataset));
}

export function mayRefer(text: string, dataset: Dataset): boolean {
  return FIRST_PERSON.test(text) || definitePatterns(dataset).any.test(text) || /^[\s*_>]*(?:It|Its|It['’]s)\b/.test(text);
}

/** A sentence that opens with its verb or its rank, its subject left out: "Ranked first from 2018 to 2023.", "Third in 2024". */
const SUBJECTLESS_OPENING = /^[\s*_>#-]*(?:(?:ranked|ranks|placed|places|finished|finishes|came|comes|topped|tops|led|leads|held|holds|rose|climbed|fell|dropped|slipped|stayed|remained|was|has\s+been|had\s+been)\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|runner[\s-]up|\d{1,2}(?:st|nd|rd|th))\b(?!\s*,))/i;

/**
 * The subject of a sentence that leaves it out ("### KCOD" then "Ranked first from 2018 to 2023."): the one entity
 * among `candidates` named by the nearest heading above that names any. Only for a sentence that names no entity.
 */
export function headingSubjectOfBareSentence(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, candidates: (id: string) => boolean): string | undefined {
  if (segment.entities.some((m) => m.start >= sentence.start && m.end <= sentence.end)) return undefined;
  if (!SUBJECTLESS_OPENING.test(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)))) return undefined;
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const named = distinct(doc.segments[h]!.entities);
    if (named.length === 0) continue;
    return named.length === 1 && candidates(named[0]!) ? named[0] : undefined;
  }
  return undefined;
}

/** A paragraph that opens with a pronoun subject: "It ranked third", "Its budget was…", "They received…". */
const PRONOUN_OPENING = /^[\s*_>]*(?:It|Its|It['’]s)\b/;

/**
 * "KCOD grew fast.\n\nIt ranked first in 2022.": a paragraph that opens with "It" or "Its" speaks of the one entity
 * (among `candidates`) named in the last sentence of the paragraph just before that names any, when that sentence names
 * exactly one (`aside` leaves out names that sentence only compares with: "…, behind SAGIC"). Not for a list item, a
 * table cell or a paragraph after a heading.
 */
export function previousParagraphSubject(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, candidates: (id: string) => boolean, aside: (m: Mention) => boolean = () => false): string | undefined {
  if (segment.kind !== 'paragraph' || segment.listItem || segment.sentences[0]?.start !== sentence.start) return undefined;
  if (!PRONOUN_OPENING.test(doc.text.slice(sentence.start, sentence.start + 12))) return undefined;
  const previous = doc.segments[segment.index - 1];
  if (!previous || previous.kind !== 'paragraph' || previous.listItem || previous.heading !== segment.heading) return undefined;
  for (const s of [...previous.sentences].reverse()) {
    const named = distinct(previous.entities.filter((m) => m.start >= s.start && m.end <= s.end && !aside(m)));
    if (named.length === 0) continue;
    return named.length === 1 && candidates(named[0]!) ? named[0] : undefined;
  }
  return undefined;
}

