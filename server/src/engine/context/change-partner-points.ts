// A partner share's change in points whose endpoints are the dataset's (acc-change6): "Northfold's Danish share fell 3.1
// points between the windows, to 33.0%", "… Danish share rose 2.4 percentage points on 2015–2019", "… share of Danish
// co-authors went up 6 points between 2015–2019 and 2020–2024". One entity that is not a place and one partner (a
// country or region) named in the figure's clause, the word "share", and a time cue that names the two periods of the
// dataset's facts for them (both periods, "between the windows", "on/from/since" the earlier one, or "to X%" equal to
// the later fact). Never a certain fix: which facts the author measured is a reading.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { isConsistentAtPrecision } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { DECLINE_CUE } from './change-wording.js';
import { clauseOf } from './growth.js';
import { segmentHas } from './segment-carry.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { LATER_SHARE_LEAD, periodsTableAbove, referredShareOwner, shareInView } from './partner-share-context.js';
import { mayRefer } from './dataset-referred-subject.js';
import { VersionMemo } from '../version-memo.js';

export interface PartnerPoints {
  stated: NumberToken;
  decline: boolean;
  entity: string;
  partner: string;
  metric: string;
  from: { period: string; value: number; source: string };
  to: { period: string; value: number; source: string };
  cue: Span;
}

const CUE = /\bpoints?\b|\bpp\b|\bpts?\b/i;
const POINTS_AFTER = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|points?\b|pts?\b)/i;
/** The change named before its figure: "fell 3.1", "up by 6", "a rise of 2.4", "slipped by". */
const CHANGE_BEFORE = /\b(?:up|down|rose|risen|rising|grew|grown|fell|fallen|falling|dropped|declined|slipped|slid|climbed|gained|lost|eased|increased|decreased|shrank|jumped|rise|fall|drop|decline|gain|loss|increase|decrease|jump)\s+(?:by\s+|of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+)?$/i;
const RISE = /\b(?:up|rose|risen|rising|grew|grown|climbed|gained|increased|jumped|rise|gain|increase|jump)\b/i;
/** Words that put the figure elsewhere: a comparison with another party, a forecast, a per-year pace. */
const ELSEWHERE = /\b(?:than|above|below|ahead|behind|versus|vs\.?|compared|would|could|might|will|expected|forecast\w*|projected|target\w*|a\s+year|per\s+year|annually|each\s+year)\b/i;
/** After the figure: a comparative with the earlier period that follows ("3.0 points less than in 2016–2020"). */
const COMPARED_EARLY = /^\s*(?:percentage[- ]points?|pp\b|points?\b|pts?\b)\s+(less|lower|fewer|more|higher)\s+than\s+(?:in\s+|during\s+)?(?:the\s+)?(?=(?:19|20)\d{2}\s*[–-])/i;
const NOW = /\bnow\b/i;
const BETWEEN_WINDOWS = /\bbetween\s+the\s+(?:two\s+)?(?:(?:five-year|5-year)\s+)?(?:windows|periods|half-decades)\b/i;
const SHARE = /\b(?:shares?|co-?authors?|co-?authorships?|partners?)\b/i;

/** Other names of a country as a partner is named in prose: abbreviations and adjectives ("a US co-author", "the Danish share"). */
const OTHER_NAMES: Record<string, string[]> = {
  'united states': ['US', 'U.S.', 'USA', 'American', 'America'], 'united kingdom': ['UK', 'U.K.', 'British', 'Britain'], china: ['Chinese'], germany: ['German'],
  france: ['French'], spain: ['Spanish'], italy: ['Italian'], japan: ['Japanese'], australia: ['Australian'], brazil: ['Brazilian'], india: ['Indian'],
  netherlands: ['Dutch'], sweden: ['Swedish'], norway: ['Norwegian'], denmark: ['Danish'], finland: ['Finnish'], poland: ['Polish'], canada: ['Canadian'],
  chile: ['Chilean'], argentina: ['Argentine', 'Argentinian'], mexico: ['Mexican'], 'south korea': ['Korean', 'Korea'], switzerland: ['Swiss'], belgium: ['Belgian'],
  portugal: ['Portuguese'], ireland: ['Irish'], russia: ['Russian'], 'new zealand': ['New Zealand'], austria: ['Austrian'], kenya: ['Kenyan'], 'south africa': ['South African'],
};

interface PartnerName { id: string; pattern: RegExp }
const partnerNames = new WeakMap<Dataset, PartnerName[]>();

/** The places of the dataset with every name a partner goes by, as whole-word patterns (computed once per dataset). */
function placesOf(dataset: Dataset): PartnerName[] {
  let found = partnerNames.get(dataset);
  if (found) return found;
  found = [];
  for (const [id, e] of dataset.entities) {
    if (e.kind !== 'country' && e.kind !== 'region') continue;
    const names = [e.name, ...(e.aliases ?? []), ...(OTHER_NAMES[e.name.toLowerCase()] ?? [])];
    const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    found.push({ id, pattern: new RegExp(`(?<![\\p{L}.])(?:the\\s+)?(?:${escaped.join('|')})(?![\\p{L}])`, 'gu') });
  }
  partnerNames.set(dataset, found);
  return found;
}

function partnersIn(dataset: Dataset, text: string, offset: number): Array<{ id: string; start: number; end: number }> {
  return placesOf(dataset).flatMap((p) => [...text.matchAll(p.pattern)].map((m) => ({ id: p.id, start: offset + m.index!, end: offset + m.index! + m[0].length })));
}

const cache = new VersionMemo<AnalysedDocument, PartnerPoints[]>();

function periodYears(period: string): [number, number] | undefined {
  const m = /^((?:19|20)\d{2})\s*[–-]\s*(\d{2}|\d{4})$/.exec(period.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return [from, to];
}

export function partnerPoints(doc: AnalysedDocument, dataset: Dataset, range?: { from: number; to: number }): PartnerPoints[] {
  // With a range (a section-bound rule's scope), only the changes stated in those segments, each read of its own
  // sentence and the text around it whatever the other segments give; not kept, the document's whole list is.
  const part = range !== undefined && (range.from > 0 || range.to < doc.segments.length - 1);
  let found = part ? undefined : cache.get(doc);
  if (found) return found;
  found = [];
  const to = part ? range.to : doc.segments.length - 1;
  for (let s = part ? range.from : 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    // Cheapest tests first: a segment's mentions cost a listing of its words.
    if (segment.kind !== 'paragraph' || !segment.tokens.some((t) => t.kind === 'plain' && !t.yearLike) || !segmentHas(segment, CUE) || !segmentHas(segment, SHARE) || (segment.entities.length === 0 && !mayRefer(segment.text, dataset))) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      for (const t of tokens) {
        if (t.kind !== 'plain' || t.yearLike || !POINTS_AFTER.test(doc.text.slice(t.end, t.end + 20))) continue;
        const read = readFigure(doc, dataset, segment, sentence, tokens, t);
        if (read) found.push(read);
      }
    }
  }
  if (!part) cache.set(doc, found);
  return found;
}

function readFigure(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], stated: NumberToken): PartnerPoints | undefined {
  const text = doc.text;
  const clause = clauseOf(text, sentence, stated.start);
  const lead = text.slice(Math.max(clause.start, stated.start - 40), stated.start);
  // "17.6% in 2021–2025, 3.0 points less than in 2016–2020": a comparative with the earlier period says the change.
  const compared = COMPARED_EARLY.exec(text.slice(stated.end, clause.end));
  if (!CHANGE_BEFORE.test(lead) && !compared) return undefined;
  const body = text.slice(clause.start, clause.end);
  if (ELSEWHERE.test(compared ? text.slice(clause.start, stated.end) + text.slice(stated.end + compared[0].length, clause.end) : body)) return undefined;
  // The entity may stand earlier in the sentence ("IGPRI's United States share fell …, while its China share …") or, when
  // the paragraph names one entity only, earlier in the paragraph ("LVFRI … In that period papers with a UK co-author …").
  const isPlace = (id: string) => ['country', 'region'].includes(dataset.entities.get(id)?.kind ?? '');
  const inSentence = itemsWithin(segment.entities, sentence).filter((m) => !isPlace(m.id) && m.start < clause.end);
  const inParagraph = segment.entities.filter((m) => !isPlace(m.id) && m.start < sentence.start);
  const owners = new Set((inSentence.length > 0 ? inSentence : inParagraph).map((m) => m.id));
  // The partner: the last one named in the clause before the figure, with no other partner after it ("papers with a US
  // co-author made up 34.0% and papers with a UK co-author 28.3%, down 3.8 points" reads the UK).
  const named = partnersIn(dataset, body, clause.start);
  const before = named.filter((p) => p.end <= stated.start);
  const partnerMention = before.at(-1);
  if (!partnerMention || named.some((p) => p.start > stated.end && p.id !== partnerMention.id)) return undefined;
  const partner = partnerMention.id;
  // "The United States fell 7.1 points, to 28.4%" after "Germany's share dropped …": the share is the paragraph's (acc-chg13).
  if (!SHARE.test(body) && !shareInView(text, segment, sentence, clause, partnerMention.start, SHARE)) return undefined;
  const hasPartnerFacts = (id: string) => [...dataset.metrics.keys()].some((metric) => (dataset.observationsByKey.get(observationKey(id, metric)) ?? []).some((o) => o.partner === partner && o.period !== undefined));
  // No one named in the paragraph: "our share", "the institute" speak of the document's own or the one named before (acc-chg13).
  const referred = owners.size === 0 && segment.entities.every((m) => isPlace(m.id)) ? referredShareOwner(doc, dataset, segment, sentence, clause.end, hasPartnerFacts) : undefined;
  if (referred) owners.add(referred);
  if (owners.size !== 1 || (!referred && inSentence.length === 0 && new Set(segment.entities.filter((m) => !isPlace(m.id)).map((m) => m.id)).size !== 1)) return undefined;
  const entity = [...owners][0]!;
  // The one metric of partner facts for this entity and partner, with exactly two periods.
  const facts = [...dataset.metrics.keys()].flatMap((metric) => (dataset.observationsByKey.get(observationKey(entity, metric)) ?? []).filter((o) => o.partner === partner && o.period !== undefined && o.value !== undefined).map((o) => ({ metric, o })));
  if (new Set(facts.map((f) => f.metric)).size !== 1 || facts.length !== 2) return undefined;
  const dated = facts.map((f) => ({ ...f, years: periodYears(f.o.period!) })).filter((f) => f.years !== undefined);
  if (dated.length !== 2) return undefined;
  dated.sort((a, b) => a.years![0] - b.years![0]);
  const [early, late] = dated as [typeof dated[0], typeof dated[0]];
  if (early.years![1] >= late.years![0]) return undefined;
  // The time cue: both periods named in the clause, "between the windows", "on/from/since/compared with" the earlier
  // period, or "to X%" equal to the later fact. Any other year in the clause speaks of something else.
  const ranges = itemsWithin(segment.ranges, clause).filter((r) => r.from.yearLike && r.to.yearLike);
  const same = (r: { from: NumberToken; to: NumberToken }, y: [number, number]) => r.from.value === y[0] && (r.to.value === y[1] || r.to.value === y[1] % 100);
  const years = tokens.filter((y) => y.yearLike && y.start >= clause.start && y.end <= clause.end && !ranges.some((r) => r.from === y || r.to === y));
  if (years.length > 0 || ranges.some((r) => !same(r, early.years!) && !same(r, late.years!))) return undefined;
  const after = text.slice(stated.end, clause.end);
  const earlyRange = ranges.find((r) => same(r, early.years!));
  const lateRange = ranges.find((r) => same(r, late.years!));
  const windows = BETWEEN_WINDOWS.exec(after);
  const onEarly = earlyRange && earlyRange.start > stated.end && (/^\s*(?:percentage[- ]points?|pp|points?)\s+(?:on|from|since|against|compared\s+with|over)\s+(?:the\s+)?(?:\S+\s+){0,3}?$/i.test(text.slice(stated.end, earlyRange.start)) || (compared !== null && stated.end + compared[0].length === earlyRange.start));
  const percents = tokens.filter((p) => p.kind === 'percent' && p.start >= partnerMention.end && p.end <= clause.end);
  const toLate = percents.length === 1 && LATER_SHARE_LEAD.test(text.slice(Math.max(clause.start, percents[0]!.start - 16), percents[0]!.start)) && percents[0]!.start > stated.end && isConsistentAtPrecision(percents[0]!.value, percents[0]!.decimals, late.o.value!);
  // "papers with a UK co-author 28.3%, down 3.8 points on 2015–2019": the figure before the change is the later fact.
  const lateBefore = percents.length === 1 && percents[0]!.end <= stated.start && isConsistentAtPrecision(percents[0]!.value, percents[0]!.decimals, late.o.value!);
  // "| Partner | 2015–2019 | 2020–2024 |" just above, then "its share slipped by 3.3 points": the table's two periods (acc-chg13).
  const tableAbove = ranges.length === 0 && percents.length === 0 ? periodsTableAbove(doc, segment, early.years!, late.years!) : undefined;
  // "In 2021–2025 … co-authors are now on 30.5% …, up 8.4 points": the later share stated before the change, in the later
  // period the clause names or "now": the change runs from the earlier period.
  const lateNamed = lateBefore && (lateRange !== undefined || NOW.test(text.slice(clause.start, percents[0]!.start)));
  const cue = earlyRange && lateRange ? { start: earlyRange.start, end: lateRange.end } : windows ? { start: stated.end + windows.index!, end: stated.end + windows.index! + windows[0].length } : onEarly ? earlyRange! : toLate ? percents[0]! : lateNamed ? percents[0]! : tableAbove;
  if (!cue) return undefined;
  // A percent in the clause that is not the later fact ("… to 31.0%" against 33.0) leaves the reading to the dataset-value rule.
  if (percents.length > 1 || (percents.length === 1 && !toLate && !lateBefore)) return undefined;
  const decline = compared && !CHANGE_BEFORE.test(lead) ? /^(?:less|lower|fewer|down)$/i.test(compared[1]!) : DECLINE_CUE.test(lead) && !RISE.test(lead.replace(/.*\b(?:share)\b/i, ''));
  return {
    stated,
    decline,
    entity,
    partner,
    metric: early.metric,
    from: { period: early.o.period!, value: early.o.value!, source: early.o.source },
    to: { period: late.o.period!, value: late.o.value!, source: late.o.source },
    cue,
  };
}
