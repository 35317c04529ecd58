// Readings a stated change or rate must refuse (acc-rate): a figure after a statement that speaks of another subject,
// another measure or another scenario, and the approximate wordings ("nearly 55%", "more than 4% a year") whose
// stated figure is a bound, not a value.
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { holdsShorterForm, lemma, metricWords } from './lemma.js';
import { placeAsideAfter, relativeAsideAfter } from './relative-asides.js';

/** Function words, pronouns and measure words that may stand before a verb without naming a new subject. */
const NOT_A_SUBJECT = new Set([
  'it', 'its', 'this', 'that', 'which', 'they', 'their', 'these', 'those', 'them', 'the', 'a', 'an', 'so', 'thus', 'hence', 'therefore',
  'then', 'also', 'still', 'overall', 'total', 'figure', 'figures', 'number', 'numbers', 'count', 'value', 'values', 'output', 'level',
  'average', 'annual', 'annually', 'yearly', 'growth', 'rate', 'cagr', 'increase', 'rise', 'gain', 'change', 'decline', 'drop', 'fall',
  'compound', 'compounded', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'having', 'in', 'all', 'and', 'or', 'i.e', 'e.g',
  'meaning', 'means', 'so', 'which', 'i', 'we', 'our', 'percentage', 'percent', 'net', 'cumulative', 'relative', 'over', 'by', 'of',
  'period', 'decade', 'years', 'year', 'whole', 'entire', 'same', 'combined', 'together', 'altogether', 'roughly', 'about', 'around',
  'some', 'nearly', 'almost', 'just', 'well', 'only', 'even', 'more', 'than', 'one', 'just', 'since', 'then', 'effectively', 'or',
  // The first word of a verb with a particle ("edged up", "shot up", "picked up"): no subject (acc-chg11).
  'edged', 'inched', 'crept', 'shot', 'picked', 'ticked', 'moved', 'went',
]);

/** Words that open a subordinate clause or a cause: what follows them is a clause of its own. */
const OPENER = /^(?:\s*(?:[,;:(–—-]|\b(?:even\s+as|even\s+though|even\s+if|as|because|since|after|before|though|although|when|whereas|while|despite|with|helped\s+by|thanks\s+to|driven\s+by|due\s+to|owing\s+to|on\s+the\s+back\s+of|amid|and|but|so|meaning|which\s+means|that\s+is|i\.e\.|as\s+a\s+result))\s*)+/i;

/** Openers of a clause inside a run of words without a break ("… to 300 in 2024 even as quotas were cut by 10%"). */
const CLAUSE_OPENER = /\b(?:even\s+as|even\s+though|as|because|since|after|though|although|when|whereas|while|despite|helped\s+by|thanks\s+to|driven\s+by|due\s+to|owing\s+to|amid)\s+/gi;
/** The same, and "and" (a multiple after "and" is a clause of its own: "…, and prices doubled"). */
const CLAUSE_OPENER_OR_AND = /\b(?:even\s+as|even\s+though|as|because|since|after|though|although|when|whereas|while|despite|helped\s+by|thanks\s+to|driven\s+by|due\s+to|owing\s+to|amid|and)\s+/gi;

/**
 * The lead of a figure's own clause in the words between a statement and the figure: after the last comma, semicolon,
 * colon, bracket or dash (its opener dropped); without a break, after the last `opener`; undefined when there is none.
 */
function ownClauseLead(between: string, opener: RegExp): string | undefined {
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'), between.lastIndexOf('('), between.lastIndexOf(':'), between.lastIndexOf('—'), between.lastIndexOf(' – '));
  if (cut >= 0) return between.slice(cut + 1).replace(OPENER, '');
  let last = -1;
  for (const m of between.matchAll(opener)) last = m.index! + m[0].length;
  return last < 0 ? undefined : between.slice(last);
}

/** A change verb right before the figure: "quotas were cut by", "prices climbed", "the fleet having shrunk by". */
const VERB_BEFORE = /^((?:[\p{L}\p{N}’'-]+\s+){1,6}?)(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been|having|being|had|has|have)\s+)?(?:rose|risen|rising|grew|grown|growing|fell|fallen|falling|dropped|dropping|declined|declining|climbed|climbing|increased|increasing|decreased|decreasing|jumped|jumping|slipped|expanded|expanding|shrank|shrunk|shrinking|contracted|contracting|gained|lost|cut|raised|lifted|reduced|slashed|trimmed|boosted|up|down|ran|running|averaged|averaging|stood|standing|hovered|managed|outpaced|advanced|went\s+up|went\s+down|came\s+in|improved|improving|recovered|recovering|rebounded|rebounding|surged|surging|soared|soaring|leapt|leaped|retreated|sagged|(?:edged|inched|crept|shot|picked|ticked)\s+(?:up|down|higher|lower)|(?:bounced|fell|came)\s+back)(?:\s+(?:by|at|to|of|only|just|some|about|around|nearly|almost|roughly|over|under|more\s+than|less\s+than|a\s+mere|an?\s+(?:estimated|reported)))*\s*$/iu;

/**
 * "Catches rose from 200 in 2015 to 300 in 2024 even as quotas were cut by 10%": between the statement and the figure a
 * clause names a subject of its own (a word that is neither a pronoun nor a word of the statement's own subject).
 */
export function namesOtherSubjectBetween(text: string, sentence: Span, statementStart: number, statementEnd: number, figure: Span): boolean {
  if (figure.start < statementEnd) return false;
  const lead = ownClauseLead(text.slice(statementEnd, figure.start), CLAUSE_OPENER);
  if (lead === undefined) return false;
  const m = VERB_BEFORE.exec(lead.trimStart());
  if (!m) return false;
  // "their fuel per passenger fell … as passenger numbers grew 18.6%": the base of a ratio is not its subject.
  const subject = text.slice(sentence.start, statementStart).toLowerCase().replace(/\b(?:per|for\s+(?:each|every))\s+[\p{L}-]+/gu, ' ');
  const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.-]/gu, ''));
  // "75 members in 2015 and 212 in 2024; membership rose by 65%": a bare noun of the statement's own figures (or a
  // longer form of it) is their measure, not another subject.
  const figuresText = text.slice(statementStart, statementEnd).toLowerCase();
  const ownNoun = (w: string) => words.length === 1 && (figuresText.includes(w.replace(/s$/, '')) || holdsShorterForm(figuresText, w));
  return words.some((w) => w !== '' && !NOT_A_SUBJECT.has(w) && !/^\d/.test(w) && !subject.includes(w.replace(/s$/, '')) && !ownNoun(w));
}

/**
 * Words between a statement and a later figure that hand the figure to another measure or scenario: comparisons
 * ("well above the regional increase of 20%", "outpaced the national 3% a year"), plans and conditionals ("would need",
 * "the target of"), other populations ("the national", "the sector's").
 */
const OTHER_MEASURE_BETWEEN = /\b(?:above|below|beneath|exceed\w*|outpac\w*|outstrip\w*|outperform\w*|beat(?:s|ing)?|ahead\s+of|behind|lagg\w*|trail\w*|short\s+of|match\w*|in\s+line\s+with|similar\s+to|relative\s+to|unlike|(?:faster|slower|quicker|higher|lower|greater|smaller|bigger|better|worse|more|less)\s+than|national|regional|global|worldwide|sector|sector-wide|industry|industry-wide|nationwide|benchmark|peers?(?![-‑\s]+review)|targets?|goals?|forecasts?|projections?|projected|expected|expects?|plan(?:s|ned)?|aims?|would|could|might|should|needs?|needed|requires?|required|if|unless|inflation|prices?|per[- ]capita|per\s+head)\b/i;

const QUALIFIED_MULTIPLE = /\b(?:more|less)\s+than\s+(?:an?\s+)?(?:\p{L}+-?fold|doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|twice|double|triple|(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b/giu;

export function otherMeasureBetween(text: string, statementEnd: number, figure: Span): boolean {
  if (figure.start <= statementEnd) return false;
  // "…, or more than 45%": the qualifier of the figure itself compares nothing.
  // "…, more than a fourfold increase, which works out at 21.9% a year": a qualified multiple of the statement compares nothing (acc-chg13).
  const between = text.slice(statementEnd, figure.start).replace(QUALIFIED_MULTIPLE, ' ');
  const own = QUALIFIER_BEFORE.exec(between);
  return OTHER_MEASURE_BETWEEN.test(own ? between.slice(0, own.index) : between);
}

/**
 * A measure word before the figure in its own clause that makes it another quantity than the statement's: "a
 * real-terms rise of 12%", "per capita, the rise was 30%", "inflation-adjusted growth of 2%".
 */
const OTHER_QUANTITY_BEFORE = /\b(?:real(?:[- ]terms)?|in\s+real\s+terms|inflation[- ]adjusted|deflated|nominal(?:ly)?|in\s+constant|per[- ](?!(?:year|annum|cent|centum)\b)[\p{L}]+|per\s+head|per\s+capita|volume|volumes|prices?)\b/iu;

export function otherQuantityBefore(clauseLead: string): boolean {
  return OTHER_QUANTITY_BEFORE.test(clauseLead);
}

/**
 * Words after a figure, in its own clause, that measure it on another basis than the statement's figures: "a rise of
 * 52% on a like-for-like basis", "in real terms", "at constant prices", "excluding the new campus", "net of the merger",
 * "once the merger is stripped out", "per head", "in full-time equivalents" (acc-chg11). Never "in percentage terms",
 * "in nominal terms", "in compound terms" or "on an annual basis" (an annual rate, read as such).
 */
const ADJUSTED_BASIS = String.raw`on\s+an?\s+(?!(?:compound(?:ed)?\s+)?(?:annual|yearly|annualised|annualized|compound(?:ed)?|nominal|cumulative|percentage)\s+basis)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+basis|in\s+(?!(?:percentage|percent|per\s?cent|relative|nominal|absolute|cash|compound(?:ed)?|annual(?:i[sz]ed)?|yearly)\s+terms)[\p{L}-]+\s+terms|at\s+constant\s+\p{L}+|(?:after|net\s+of)\s+(?:inflation|adjust\w*|correct\w*)|inflation[- ]adjusted|(?:when\s+|once\s+|if\s+)?adjusted\s+for|after\s+adjusting|excluding|excl\.|stripp\w+\s+out|stripping\s+out|like[- ]for[- ]like|net\s+of|per\s+(?!(?:year|annum|cent|centum)\b)\p{L}+|full[- ]time\s+equivalents?`;
const OTHER_QUANTITY_AFTER = new RegExp(String.raw`^[^.;:]{0,40}?(?:${ADJUSTED_BASIS})\b`, 'iu');

export function otherQuantityAfter(clauseRest: string): boolean {
  return OTHER_QUANTITY_AFTER.test(clauseRest);
}

/** "1.1 points a year": a difference per year, not the statement's total difference. */
export const POINTS_PER_YEAR_AFTER = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|%[- ]?pts?\b|points?\b)\s*(?:(?:a|per|each|every)\s+year|annually|per\s+annum|p\.\s?a\.)/i;

/**
 * Words around a rate that make it something else than a compound rate between the statement's endpoints: a simple
 * (arithmetic) average of the total change, or the mean of the yearly rates ("the yearly growth rates averaged 4.8%").
 */
const NOT_COMPOUND_NEAR = /\b(?:simple|arithmetic(?:al)?|non-compound(?:ed)?|uncompounded|linear(?:ly)?|straight-line|mean\s+of|average\s+of\s+(?:the\s+)?(?:annual|yearly|year-on-year)|(?:annual|yearly|year-on-year)\s+(?:growth\s+)?rates\s+(?:averag\w+|of)|mean\s+(?:annual|yearly))\b/i;

export function notCompoundNear(before: string, after: string): boolean {
  return NOT_COMPOUND_NEAR.test(before) || NOT_COMPOUND_NEAR.test(after.slice(0, 40));
}

/** The refusals of a figure after its statement, all in one place for the growth reader. */
export function refusesFigure(text: string, sentence: Span, clause: Span, statement: { initial: NumberToken; final: NumberToken; finalYear?: NumberToken; initialYear?: NumberToken }, figure: NumberToken): boolean {
  const statementStart = Math.min(statement.initial.start, statement.final.start);
  const statementEnd = Math.max(statement.initial.end, statement.final.end, statement.finalYear?.end ?? 0, statement.initialYear?.end ?? 0);
  const lead = text.slice(Math.max(clause.start, figure.start - 60), figure.start);
  const own = lead.slice(Math.max(0, lead.lastIndexOf(',') + 1));
  // "The price fell 7.3% from €92.15 in 2023 to €88.70 in 2024": a price or volume named before a figure that opens
  // the statement is the statement's own measure.
  if (otherQuantityBefore(own) && !(figure.end <= statementStart && !otherQuantityBefore(own.replace(/\b(?:prices?|volumes?)\b/gi, ' ')))) return true;
  if (otherQuantityAfter(text.slice(figure.end, clause.end))) return true;
  if (figure.start < statementEnd) return false;
  return otherMeasureBetween(text, statementEnd, figure) || namesOtherSubjectBetween(text, sentence, statementStart, statementEnd, figure) || namesOtherSubjectAfter(text, sentence, statementEnd, clause, figure);
}

/** Right after a figure, the place it is of: "2.2 points at Farol", "4% in Bergen". */
const PLACE_AFTER = /^\s*(?:(?:percentage\s+)?points?|pp\b|%|per\s?cent|percent)?\s*(?:a\s+year\s+)?(?:at|in|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Euro\w*)\b)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})/u;

/**
 * "…by 17.8 points at Arlecchino (from 41.5% to 59.3%) but only 2.2 points at Farol": a figure after the statement
 * that names its own place, one the sentence did not name up to the statement's end, is that place's.
 */
function namesOtherSubjectAfter(text: string, sentence: Span, statementEnd: number, clause: Span, figure: Span): boolean {
  const m = PLACE_AFTER.exec(text.slice(figure.end, Math.min(clause.end, sentence.end, figure.end + 80)));
  if (!m) return false;
  return !text.slice(sentence.start, statementEnd).includes(m[1]!);
}

export type Qualifier = 'more' | 'nearly' | 'under' | 'about';

const QUALIFIER_BEFORE = /\b(more\s+than|well\s+over|just\s+over|over|above|in\s+excess\s+of|at\s+least|upwards\s+of|nearly|almost|close\s+to|just\s+under|not\s+quite|under|less\s+than|below|up\s+to|at\s+most|no\s+more\s+than|about|around|roughly|some|approximately|approx\.?|circa|c\.|an\s+estimated|just\s+about|~)\s*$/i;
const QUALIFIER_KIND: Array<[RegExp, Qualifier]> = [
  [/^(?:more than|well over|just over|over|above|in excess of|at least|upwards of)$/i, 'more'],
  [/^(?:nearly|almost|close to|just under|not quite)$/i, 'nearly'],
  [/^(?:under|less than|below|up to|at most|no more than)$/i, 'under'],
];

/** The approximate wording right before a stated figure ("nearly 55%", "more than 4% a year", "about 48%"), if any. */
export function qualifierBefore(text: string, figure: Span): Qualifier | undefined {
  const m = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, figure.start - 24), figure.start));
  if (!m) return undefined;
  const words = m[1]!.replace(/\s+/g, ' ').toLowerCase();
  return QUALIFIER_KIND.find(([re]) => re.test(words))?.[1] ?? 'about';
}

/**
 * Whether a qualified figure fits the true value: "more than 45%" any true value above 45; "nearly 55%" a true value a
 * little below 55 (within a fifth); "under 5%" anything below 5; "about 48%" within a tenth of 48. The slack never
 * passes four units of the stated precision: "about 18.3% a year" claims a tenth of a point, so a true 16.6% is an
 * error, while "about 40%" still fits 36.5. Sizes are compared, so the caller passes both with the same direction.
 */
export function fitsQualified(qualifier: Qualifier, stated: number, decimals: number, expected: number): boolean {
  const half = 0.5 * 10 ** -decimals + 1e-9;
  const slack = (fraction: number) => Math.min(fraction * Math.abs(stated), 4 * 10 ** -decimals);
  const s = Math.abs(stated);
  const e = Math.abs(expected);
  if (Math.sign(stated) * Math.sign(expected) < 0 && e > half) return false;
  switch (qualifier) {
    case 'more':
      return e >= s - half;
    case 'nearly':
      return e <= s + half && e >= s - slack(0.2) - half;
    case 'under':
      return e <= s + half;
    case 'about':
      return Math.abs(e - s) <= Math.max(half, slack(0.1));
  }
}

/** Words that may stand between a dataset entity, its metric and the stated figure without narrowing what is measured. */
const AVERAGE_BEFORE = /\b(?:average|mean|median|typical)\s+$/i;
// ("Mirador, whose screen count grew …", "at Mirador, where the screen count grew …": a relative of the name before it.)
const PLAIN_WORDS = new Set([
  's', 'whose', 'where', 'the', 'its', 'their', 'a', 'an', 'of', 'by', 'at', 'to', 'in', 'on', 'for', 'and', 'with', 'total', 'annual', 'yearly', 'number', 'numbers', 'count', 'figures',
  'output', 'overall', 'combined', 'rose', 'risen', 'rise', 'rises', 'rising', 'grew', 'grown', 'grow', 'grows', 'growing', 'growth', 'fell', 'fallen',
  'fall', 'falls', 'falling', 'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreasing', 'declined', 'decline',
  'declining', 'dropped', 'drop', 'climbed', 'jumped', 'expanded', 'shrank', 'contracted', 'up', 'down', 'cagr', 'compound', 'compounded',
  'annualised', 'annualized', 'average', 'averaged', 'averaging', 'rate', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'show', 'shows',
  'showed', 'shown', 'posted', 'recorded', 'registered', 'saw', 'achieved', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'just',
  'over', 'more', 'than', 'only', 'steadily', 'also', 'between', 'from', 'during', 'across', 'period', 'decade', 'years', 'year', 'this', 'that',
  'which', 'it', 'they', 'been', 'per', 'cent', 'percent', 'institute', 'institute’s', 'centre', 'center', 'annually', 'gain', 'gained',
  'ran', 'run', 'runs', 'operated', 'operates', 'produced', 'produces', 'made', 'makes', 'published', 'publishes', 'received', 'receives', 'spent', 'employed',
  'employs', 'launched', 'logged', 'reported', 'reports', 'now', 'had', 'counted', 'managed', 'manages', 'did', 'does',
  // Verbs that carry a figure to its value without narrowing the measure: "reached 37.6 million", "stood at 3.6", "carried 26.1 million".
  'reached', 'reaches', 'stood', 'stands', 'carried', 'carries', 'totalled', 'totaled', 'totals', 'amounted', 'amounts', 'served', 'serves', 'hit', 'hits',
  // "came to 14.2 thousand litres", "collected 31,866 donations", "held 652 sessions". (Not "sold": hectolitres sold are
  // no production.)
  'came', 'comes', 'collected', 'collects', 'held', 'holds', 'gave', 'gives',
  // Verbs of receiving or handling what the measure counts: "welcomed 14.8 thousand pupils", "answered 9,509 enquiries".
  'welcomed', 'welcomes', 'attracted', 'attracts', 'drew', 'draws', 'hosted', 'hosts', 'handled', 'handles', 'answered', 'answers', 'attended', 'attends', 'treated', 'treats',
  // The year of an index named as its edition: "rose to 84.1 in the 2025 edition" (acc-pc29).
  'edition',
  // A figure's date at the end of its year or season: "reached 32.9 thousand at the end of the 2024 season".
  'end', 'close', 'season',
  // Other verbs of a rise or a fall, as plain as "rose" and "fell".
  'surged', 'soared', 'ballooned', 'swelled', 'slumped', 'plunged', 'plummeted', 'tumbled', 'slipped', 'sank', 'slid', 'dipped', 'shrunk',
  // How the change compares with the others' ("grew fastest by far, at an average annual rate of 6.8%"): the measure stays.
  'fastest', 'slowest', 'quickest', 'far',
  // "Its own electricity use rose 0.9% in 2024": the subject's own measure, said with emphasis.
  'own',
  // "its score has improved by 17.7 points": a change whose direction the measure gives.
  'improved', 'improve', 'improves', 'improving', 'cut', 'reduced', 'lowered', 'trimmed', 'raised', 'lifted',
  // "Heat sales are nonetheless down 16.5% since 2015": a word that links the sentence to the one before narrows nothing.
  'nonetheless', 'nevertheless', 'however', 'still', 'meanwhile', 'though', 'indeed',
]);

/**
 * Words after a dataset-backed figure that narrow what it measures: another basis ("in real terms", "on a like-for-like
 * basis"), a part of the whole ("in the life sciences", "at its coastal branch", "of journal articles alone", "in the
 * survey's narrower count"), or another count ("according to Scopus", "weighted").
 */
const NARROWING_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\b(?:in\s+terms\s+of|real\s+terms|in\s+real|adjusted|including|incl\.?|measured|weighted|according\s+to|${ADJUSTED_BASIS}|alone|narrow\w*|subsets?|(?:life|social|natural|physical|earth|marine|health|medical)\s+sciences|humanities|fields?|disciplines?|segments?|categor(?:y|ies)|departments?|divisions?|branch(?:es)?)\b`, 'iu');
/** Right after a measure's words: a bracket of a few words and no figure ("(full-time equivalents)", "(head count)"). */
const GLOSS_AFTER = /^\s*\((?:[\p{L}’'-]+\s*){1,4}\)/u;
/** "steady rather than spectacular", "slow rather than sudden": two lower-case words set against each other. */
const PLAIN_CONTRAST = /\b\p{Ll}[\p{Ll}-]*\s+rather\s+than\s+\p{Ll}[\p{Ll}-]*\b(?!\s*(?:\d|in\s|at\s|for\s|of\s))/gu;
/** Words anywhere in the sentence that hand a dataset-backed figure to another subject, measure, period or scenario. */
const ELSEWHERE_IN_SENTENCE = /\b(?:than|against|compared|versus|vs\.?|while|whereas|unlike|like|sector|national|regional|global|average\s+of|peers?(?![-‑\s]+review)|targets?|goals?|forecasts?|projected|expected|expects?|plan(?:s|ned)?|aims?|would|could|might|should|if|unless|since|last|past|recent(?:ly)?|previous|first|second|half|early|late|next|share|inflation|real|per[- ]capita)\b/i;

/**
 * A figure whose endpoints come from the dataset is read only when the sentence speaks plainly of the entity's metric:
 * no word narrows the metric ("highly cited publications", "publications with industry partners", "per researcher"),
 * and no word hands the figure to another subject, period or scenario ("the sector's", "since 2020", "would have").
 */
export function datasetReadingRefused(text: string, sentence: Span, entity: Span, metric: Span, stated: Span, masks: Span[] = [], ownWords?: ReadonlySet<string>): boolean {
  // The words of the form itself ("more than doubled", "20% more … than in 2020") are masked before the sentence is judged.
  let masked = text.slice(sentence.start, sentence.end);
  // "Glenmorrin, which relies on on-call crews across the Highlands, had 463 on-call firefighters in 2024, 25.2% fewer
  // than in 2015": a relative clause set off right after the name, with no figure, describes the entity; so masked.
  const described = relativeAsideAfter(text, entity.end, stated.start) ?? placeAsideAfter(text, entity.end, stated.start);
  if (described) masks = [...masks, described];
  // "207 research scientists (full-time equivalents)": a bracket of words right after the measure glosses it.
  const gloss = metric.end > metric.start && metric.end <= sentence.end ? GLOSS_AFTER.exec(text.slice(metric.end, sentence.end)) : null;
  if (gloss) masks = [...masks, { start: metric.end, end: metric.end + gloss[0].length }];
  for (const m of masks) masked = masked.slice(0, m.start - sentence.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end - sentence.start);
  // ", steady rather than spectacular": a contrast of two plain words describes the change; it compares with no one.
  masked = masked.replace(PLAIN_CONTRAST, (m) => ' '.repeat(m.length));
  const at = (a: number, b: number) => masked.slice(Math.max(0, a - sentence.start), Math.max(0, b - sentence.start));
  // The metric's own words ("e-bike share", "share of foreign guests") name the measure itself, never another (acc-pc29).
  const inMetric = metric.end > metric.start && metric.start >= sentence.start && metric.end <= sentence.end;
  const elsewhere = inMetric ? masked.slice(0, metric.start - sentence.start) + ' '.repeat(metric.end - metric.start) + masked.slice(metric.end - sentence.start) : masked;
  if (ELSEWHERE_IN_SENTENCE.test(elsewhere)) return true;
  if (NARROWING_AFTER.test(at(stated.end, sentence.end))) return true;
  // "Jadran's average night is up 86.9%": an average right before the measure's noun is another measure (a price per
  // night, not the nights), unless the measure is itself one.
  if (inMetric && AVERAGE_BEFORE.test(at(Math.max(sentence.start, metric.start - 12), metric.start)) && !ownWords?.has(lemma('average'))) return true;
  const first = Math.min(entity.end, metric.end);
  const inner = at(first, Math.max(entity.start, metric.start)) + ' ' + at(Math.max(entity.end, metric.end), stated.start);
  // "Vltava's TV audience share": a word of the measure's own names ("TV share") narrows nothing.
  // "463 on-call firefighters": a hyphenated word of the measure's own names is one word ("on-call"), as there.
  const plain = (w: string) => PLAIN_WORDS.has(w) || ownWords?.has(lemma(w));
  return (inner.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).some((w) => !plain(w) && !(w.includes('-') && w.split('-').every(plain)));
}

const ownWordsCache = new WeakMap<object, ReadonlySet<string>>();
/** The words (lemmas) of a measure's label and phrases, for `datasetReadingRefused`; once per measure. */
export function measureOwnWords(metric: { label: string; phrases: readonly string[] } | undefined): ReadonlySet<string> | undefined {
  if (!metric) return undefined;
  let found = ownWordsCache.get(metric);
  if (!found) ownWordsCache.set(metric, (found = metricWords(metric)));
  return found;
}

/**
 * After a figure: "1% a year faster than inflation", "2 points above the national rate", "4.5 points short of our 70%
 * target": a gap to something else.
 */
const COMPARISON_AFTER = /^[^.;,)]{0,30}?\b(?:(?:faster|slower|quicker|more|less|higher|lower|greater|better|worse)\s+than|above|below|ahead\s+of|clear\s+of|behind|on\s+top\s+of|in\s+excess\s+of|over\s+and\s+above|beyond|short\s+of|shy\s+of|adrift\s+of|away\s+from)\b/i;
/** Before a figure: "an extra 1% a year", "a further 3%": an addition to something else. */
const ADDITION_BEFORE = /\b(?:extra|additional|further|another)\s+$/i;

export function comparedElsewhere(before: string, after: string): boolean {
  return COMPARISON_AFTER.test(after) || ADDITION_BEFORE.test(before);
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
/** Words that name a part of a period: "in the second half". */
// "over the past decade" fits a borrowed ten-year period: a duration is judged by its length (DURATION), only parts are refused here.
const OWN_PERIOD_WORDS = /\b(?:first|second|latter)\s+half\b/i;
const DURATION = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ]years?\b|\b(decade)\b/gi;

/**
 * Years a statement borrows (from its sentence's period, the paragraph or a heading) do not fit when its sentence names
 * a period of its own: another year ("since 2021"), a duration of another length ("over six years"), or a part of a
 * period ("in the last five years", "in the second half").
 */
export function borrowedYearsRefused(text: string, sentence: Span, yearTokens: NumberToken[], years: { from: number; to: number }): boolean {
  if (yearTokens.some((y) => y.value !== years.from && y.value !== years.to)) return true;
  const body = text.slice(sentence.start, sentence.end);
  if (OWN_PERIOD_WORDS.test(body)) return true;
  const n = years.to - years.from;
  for (const m of body.matchAll(DURATION)) {
    const length = m[2] ? 10 : NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    // Counted inclusively or not: ten years may name 2015–2024 or 2015–2025.
    if (length !== n && length !== n + 1) return true;
  }
  return false;
}

const VERB_WORDS = /^(?:rose|risen|rising|grew|grown|growing|has|have|had|was|were|is|are|been|having|being|went|up|down|more|than|nearly|almost|over|about|roughly|some|just|well|close|to|by|a|an|the|than|around|increased|expanded|climbed|jumped)$/i;

/**
 * "…to 300 in 2024, even as prices doubled": a multiple after the statement whose own clause names a subject of its
 * own (a word that is neither a pronoun, a verb nor a word of the statement's subject).
 */
export function multipleOfOtherSubject(text: string, sentence: Span, statementStart: number, statementEnd: number, multiple: Span): boolean {
  if (multiple.start < statementEnd) return false;
  const lead = ownClauseLead(text.slice(statementEnd, multiple.start), CLAUSE_OPENER_OR_AND);
  if (lead === undefined) return false;
  // "their fuel per passenger fell … as passenger numbers grew 18.6%": the base of a ratio is not its subject.
  const subject = text.slice(sentence.start, statementStart).toLowerCase().replace(/\b(?:per|for\s+(?:each|every))\s+[\p{L}-]+/gu, ' ');
  const words = (lead.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? []).map((w) => w.replace(/[’']s$/, ''));
  return words.some((w) => !NOT_A_SUBJECT.has(w) && !VERB_WORDS.test(w) && !/^\d/.test(w) && !subject.includes(w.replace(/s$/, '')));
}
