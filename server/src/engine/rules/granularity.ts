// Rule granularity: "x% of N" must be reachable by a whole count at the stated precision (the GRIM test).
import { granularity as reachable } from '../arithmetic.js';
import { single, tableView } from '../context/tables.js';
import { formatLike, spelledNumber, type NumberToken } from '../numbers.js';
import { wordShares } from '../context/fractions.js';
import { formatNumber } from './format.js';
import type { AnalysedSegment } from '../analysis.js';
import { readsTable, segmentRange } from '../section-findings.js';
import { firstAtOrAfter, sentenceHolding, sentenceOf } from '../context/spans.js';
import type { Rule, RuleContext } from './rule.js';

const OF_WHOLE = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}[’']s?\s+)?$/iu;
/** The counted noun after the whole, or a compound of it ("the 79-company cohort"). */
const COUNT_NOUN = /^(?:\s+|-)[\p{L}]/u;
/** "25% of the ten": a whole count spelled out after "of (the)". */
const OF_SPELLED_WHOLE = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z]+(?:-[a-z]+)?)\b/i;
/** "40% of 13 ports' cargo", "150% of 12 months' pay": a percent of something the counted things have, not of the count. */
const OF_WHAT_THEY_HAVE = /^[^,;:.()\n]{0,40}?[\p{L}][’']s?(?:\s|$)/u;
/** Wholes that are amounts, not counts of things: "120% of 12 months", "150% of 3 years". */
const MEASURE_NOUN = /^(?:\s+|-)(?:(?:calendar|working|financial|fiscal)\s+)?(?:second|minute|hour|day|week|month|quarter|year|decade|km|kilomet|kg|kilogram|tonne|ton|met(?:re|er)|lit(?:re|er)|euro|dollar|yen|krona|kronor|pound|point|percentage|per\s?cent)/i;

/** "Of the 12 ports, 25% …", "Among its ten vessels, 30% …", "Of our five members, 70% …": the whole opens the sentence, the percent of it is the first after. */
// A postmodifier after the counted noun keeps the count (acc-dv7): "Among the ten institutes the Observatory monitors, 45% …".
// acc-parts8: a paragraph number before it ("4.1 Of the eleven institutes …"), a postmodifier with a year or "with" ("Of
// those 21 graduates in 2025", "Among the 7 institutes with a university affiliation") and a reporting clause between
// the comma and the percent ("…, management reports that 45% were women").
// acc-dv11: the count alone, its noun said before ("Of the ten, 45% saw their receipts dip").
// A name's possessive without an article ("Of KHI's 19 graduates, …") and any participle after the noun ("Of the 17
// projects approved for the utility in 2021–2025, …") keep the count too.
const OPENING_WHOLE = /^[\s*_-]*(?:\d{1,2}(?:\.\d{1,2}){1,3}\s+)?(?:of|among|across)\s+(?:(?:the|its|their|these|those|all|our|your|my|his|her)\s+(?:[\p{L}-]+[’']s\s+)?|\p{Lu}[\p{L}-]*[’']s\s+)(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+s|staff|personnel|people|workforce|faculty|crew)(?:\s+(?:that|which|who|we|the|it|they|in|on|at|from|across|with|without|covered|monitored|listed|surveyed|studied|ranked|named|reviewed|tracked|\p{L}+ed)\s+(?:[\p{L}\s–-]|(?:19|20)\d\d){1,50}?)?)?\s*,\s*(?:(?:[\p{L}-]+\s+){1,3}(?:reports?|reported|says?|said|notes?|noted|states?|stated|finds?|found|shows?|showed|confirms?|confirmed)\s+(?:that\s+)?)?(?:only\s+|just\s+|exactly\s+)?$/iu;
/** "30% of the 2024 top 10": the whole is the size of the top list. */
const OF_TOP = /^\s+of\s+(?:the\s+)?(?:\d{4}\s+)?top\s+(\d{1,3})\b/i;
/** "25% of them", "40% of these": of the whole just named. */
const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;

/** A sentence that opens on "Of those," and its percent: "Of those, 56.5% were Japanese". */
const OF_THOSE_OPENING = /^[\s*_-]*(?:of|among)\s+(?:those|them|these)\s*,\s*(?:only\s+|just\s+|exactly\s+)?$/i;

/** "35% of the places" / "12.5% of the group": a percent of the ranked list its sentence names. */
const OF_THE_LIST = /^\s+of\s+the\s+(?:group|list|places|spots|positions|slots|entries|ranking)\b/i;
/** "In the 2025 top 10", "the top 15": the size of that list. */
const TOP_BEFORE = /\btop\s+$/i;

/** A hedge before a figure: "about 14 programmes", "some 40%": the figure is not exact. */
const HEDGED_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|under|fewer\s+than|less\s+than|close\s+to|an\s+estimated|at\s+least|at\s+most|up\s+to)\s+$/i;
/** A count spelled out before a plural noun ("across the three entities"): another whole "them" may refer to. */
const SPELLED_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b/giu;
/** "half of SAGIC's 31 families", "half of the 17 stations": the whole count right after the word share. */
const HALF_OF_WHOLE = /^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|these\s+|those\s+|our\s+|[\p{L}’'.-]+[’']s?\s+)?$/iu;

/** After "of the two": amounts added together, not a count ("16.9% of the two combined", "41.1% of the four budgets combined"). */
const SUMMED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:combined|together|put\s+together|taken\s+together|added\s+together|summed)\b|^\s+(?:[\p{L}-]+\s+)?(?:budgets|totals|sums|amounts|revenues|incomes|outlays|expenditures)\b/iu;
/** Before a percent over 100: a sum of shares ("add up to 194.8%", "sum to", "together come to"). */
const SUMMED_BEFORE = /\b(?:add(?:s|ed)?\s+up\s+to|sum(?:s|med)?\s+to|summing\s+to|totall?(?:ing|s|ed)|come\s+to|came\s+to|comes\s+to|overlap\w*|together|combined)\b[^.;:]*$/i;

interface Whole {
  value: number;
  text: string;
  start: number;
  end: number;
}

export const granularity: Rule = {
  id: 'granularity',
  docs: {
    description: 'A percentage of a whole count is impossible at its stated precision (GRIM test).',
    details:
      'For "x% of N" with N a whole count, some whole number k of N must give k / N × 100 = x at the stated precision. `41.7% of 13 papers` is impossible: 5 of 13 is 38.5% and 6 of 13 is 46.2%. N may be spelled out (`25% of the ten`), open the sentence (`Of the 12 ports, 25% …`, `Of the ten, 45% …`, `Of our five members, 70% …`, `4.1 Of those 21 graduates in 2025, management reports that 45% …`, `Among the 7 institutes with an affiliation, 50% …`, `of its 58 staff, 37.5% …` after a colon, `Of NDTS’s 19 graduates, …`, `Of the 17 projects approved in 2021–2025, …`), be the whole of a share just before (`9 of the 22 (40.9%) were …, and 45.0% were …`, be the one exact count stated before `x% of them` in the sentence (`Audit checked 14 programmes; 40% of them …`; not when a count spelled out between them, `across the three entities`, is a whole the percent fits), be the count a relative clause hangs on (`14 projects approved in 2021–2025, of which 46.7% …`, `17 partners, of which Japanese universities make up 40%`), be the one count the paragraph gave the noun the percent is of before it as a whole set (`the ten institutes monitored … at 95% of the institutes`; not `38 turbines … 17.0% of the turbines`, an endpoint of a change, `from 254 papers`, a hedged count or one of two), be written as a compound (`25.0% of the 79-company cohort`), be a top list (`30% of the 2024 top 10`) or be the one "top N" of the sentence (`in the top 10, … hold 35% of the places`), and "half of" an odd count (`half of SAGIC’s 31 families`; not "about half", "more than half") is impossible too; a percent above 100 of a whole count (`1200% of 13 papers`) is reported as impossible, unless the sentence adds shares up (`the partner shares add up to 194.8% of its 4,181 papers`, overlapping). `16.9% of the two combined` is a share of two amounts added up, not of a count of two. A percent of something the counted things have (`40% of 13 ports’ cargo`) or of an amount (`150% of 12 months`) is not read. A count after the percent is its whole only in the percent’s own sentence. Table rows with a share but no count are checked against the table’s total. The nearest possible values are offered as suggestions, since which count was meant is unknown.',
    failing: 'Karolinska Institutet took part in 41.7% of 13 joint papers.\n',
    passing: 'Karolinska Institutet took part in 38.5% of 13 joint papers.\n',
  },
  defaultSeverity: 'error',
  hasSuggestions: true,
  fixable: false,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  // A percent's whole is read from its own segment (or the text just before it), a table's from the table, its
  // caption and the heading above.
  bySection: {},
  check(context) {
    const text = context.doc.text;
    const { from, to } = segmentRange(context);
    for (let s = from; s <= to; s++) {
      const segment = context.doc.segments[s]!;
      if (segment.kind === 'cell' || !segment.tokens.some((t) => t.kind === 'percent')) continue;
      const tokens = segment.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const stated = tokens[i]!;
        if (stated.kind !== 'percent') continue;
        // The figure after the percent is its whole only within its sentence ("67.0% of Gwangseo's. Gwangseo's 60-and-over …").
        const next = tokens[i + 1];
        const sameSentence = next !== undefined && next.end <= sentenceOf(segment, stated.start).end;
        const whole = wholeAfter(text, stated, sameSentence ? next : undefined) ?? topOfSentence(context.doc.text, segment, stated) ?? wholeBefore(text, segment, stated) ?? wholeOfWhich(text, segment, stated) ?? countedNounBefore(text, segment, stated);
        if (whole && !OF_WHAT_THEY_HAVE.test(text.slice(whole.end, whole.end + 48)) && !MEASURE_NOUN.test(text.slice(whole.end, whole.end + 24))) judge(context, stated, whole);
      }
    }
    // "half of SAGIC's 31 families": exactly half of an odd count is no whole number of them (acc-parts8). Only "half",
    // unhedged: "a third of", "about half of" are said of rough shares.
    for (let s = from; s <= to; s++) {
      const segment = context.doc.segments[s]!;
      if (segment.kind === 'cell' || !/\bhalf\b/i.test(segment.text)) continue;
      for (const share of wordShares(segment.text, segment.start)) {
        if (share.hedged || share.value !== 0.5 || share.oneIn !== undefined) continue;
        const whole = segment.tokens.find((t) => t.start >= share.end);
        if (!whole || whole.kind !== 'plain' || whole.yearLike || whole.decimals !== 0 || whole.scale || whole.value < 3 || whole.value % 2 === 0) continue;
        if (!HALF_OF_WHOLE.test(text.slice(share.end, whole.start)) || !/^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b/u.test(text.slice(whole.end, whole.end + 40))) continue;
        if (OF_WHAT_THEY_HAVE.test(text.slice(whole.end, whole.end + 48)) || MEASURE_NOUN.test(text.slice(whole.end, whole.end + 24))) continue;
        const [low, high] = [(whole.value - 1) / 2, (whole.value + 1) / 2];
        const pct = (k: number) => `${((k / whole.value) * 100).toFixed(1)}%`;
        context.report({
          range: { start: share.start, end: share.end },
          message: `${share.text} of ${whole.text} is impossible: ${whole.text} is odd, so no whole count of it is half; the nearest are ${low} of ${whole.text} (${pct(low)}) and ${high} (${pct(high)}).`,
          stated: share.text,
          expected: `${low} or ${high} of ${whole.text}`,
          reason: `${whole.text} / 2 = ${formatNumber(whole.value / 2)} is not a whole count`,
          related: [{ range: { start: whole.start, end: whole.end }, message: `the whole: ${whole.text}` }],
        });
      }
    }
    for (const table of context.doc.tables) {
      if (!readsTable(context, table)) continue;
      const view = tableView(context.doc, table);
      if (view.shareColumn === undefined || view.countColumn !== undefined || !view.total) continue;
      view.rows.forEach((row, r) => {
        const stated = single(row[view.shareColumn!]);
        if (r !== view.totalRow && (stated?.kind === 'percent' || (view.percentCells && stated?.kind === 'plain')) && stated.value <= 100) judge(context, stated, view.total!.token);
      });
    }
  },
};

/** The whole count of "x% of N things" or "x% of the ten", N written in digits or words. */
function wholeAfter(text: string, stated: NumberToken, next: NumberToken | undefined): Whole | undefined {
  const top = OF_TOP.exec(text.slice(stated.end, stated.end + 30));
  if (top) {
    const end = stated.end + top.index + top[0].length;
    return { value: Number(top[1]), text: top[1]!, start: end - top[1]!.length, end };
  }
  if (next && next.kind === 'plain' && !next.yearLike && next.decimals === 0 && !next.scale && OF_WHOLE.test(text.slice(stated.end, next.start))) {
    return COUNT_NOUN.test(text.slice(next.end, next.end + 3)) ? next : undefined;
  }
  const spelled = OF_SPELLED_WHOLE.exec(text.slice(stated.end, stated.end + 40));
  const value = spelled ? spelledNumber(spelled[1]!) : undefined;
  if (!spelled || value === undefined || value < 2 || value === 100) return undefined;
  const end = stated.end + spelled.index + spelled[0].length;
  // "16.9% of the two combined": the sum of two amounts just named, not a count of two things.
  if (SUMMED_AFTER.test(text.slice(end, end + 30))) return undefined;
  // "70.7% of the three's 2024 output": of what the three have, not of three.
  if (/^[’']/.test(text.slice(end, end + 1))) return undefined;
  return { value, text: spelled[1]!, start: end - spelled[1]!.length, end };
}

/** How far before a percent its clause's opening whole or the share before it is looked for (characters). */
const LOOK_BACK = 400;

/** A share "k of the N (p%)" and its clause, then ", and" right before a second percent of the same N. */
const SHARE_THEN_AND = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the\s+)?(\d{1,3})\s*\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)[^.;:%()\d]{1,80},?\s+and\s+$/i;

/** The whole that opens the percent's sentence ("Of the 12 ports, 25% …"), with no other number between them; the percent is of it, not "of" something else, unless "of them". */
function wholeBefore(text: string, segment: AnalysedSegment, stated: NumberToken): Whole | undefined {
  const sentence = sentenceHolding(segment, stated);
  if (!sentence || (/^\s+of\b/i.test(text.slice(stated.end, stated.end + 4)) && !OF_THEM.test(text.slice(stated.end, stated.end + 12)))) return undefined;
  // The whole opens the sentence, or the percent's clause after a semicolon or colon ("…; of the eleven, 40% …",
  // "…: of the lab's 12 new PhDs in 2025, 45% were …") (acc-sum13).
  let from = sentence.start;
  let m = OPENING_WHOLE.exec(text.slice(from, stated.start));
  // Both searches look back a bounded stretch, not to the sentence's start: a one-line megabyte of percents stays linear.
  const near = Math.max(sentence.start, stated.start - LOOK_BACK);
  if (!m) {
    const said = text.slice(near, stated.start);
    const clause = Math.max(said.lastIndexOf(';'), said.lastIndexOf(':'));
    if (clause >= 0) {
      from = near + clause + 1;
      m = OPENING_WHOLE.exec(text.slice(from, stated.start));
    }
  }
  if (!m) {
    // "9 of the 22 (40.9%) were screening studies, and 45.0% were sponsored by industry": the whole of the share before.
    const pair = SHARE_THEN_AND.exec(text.slice(near, stated.start));
    if (pair) {
      const start = near + pair.index + pair[0].indexOf(pair[1]!, pair[0].indexOf(' of '));
      return { value: Number(pair[1]), text: pair[1]!, start, end: start + pair[1]!.length };
    }
  }
  // "…was founded by 15 universities. Of those, 56.5% were Japanese.": the one count of the sentence before.
  if (!m && OF_THOSE_OPENING.test(text.slice(sentence.start, stated.start))) {
    const previous = segment.sentences.filter((s) => s.end <= sentence.start).at(-1);
    return previous ? countBefore(text, segment, previous, stated) : undefined;
  }
  if (!m) return OF_THEM.test(text.slice(stated.end, stated.end + 12)) ? countBefore(text, segment, sentence, stated) : undefined;
  const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!);
  if (value === undefined || value < 2 || value === 100) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!, m[0].search(/\s(?:the|its|their|these|those|all|our|your|my|his|her)\s/i));
  return { value, text: m[1]!, start, end: start + m[1]!.length };
}

/** ", of which 46.7% …", ", of which Japanese members make up 40%": the percent of the count the relative clause follows. */
const OF_WHICH_BEFORE = /,\s+of\s+which\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$/iu;
/** The count's plural noun and its postmodifier up to the comma of ", of which": "14 rolling-stock projects approved in 2021–2025". */
const COUNTED_UP_TO_COMMA = /^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s(?:\s+(?:[\p{L}-]+|(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?))*\s*$/u;

/**
 * "KNB had 14 projects approved in 2021–2025, of which 46.7% drew on the recovery plan", "it counts 17 partners, of which
 * Japanese universities make up 40%": the whole is the count the relative clause hangs on, its plural noun (and a
 * postmodifier of words and years) reaching the comma.
 */
function wholeOfWhich(text: string, segment: AnalysedSegment, stated: NumberToken): Whole | undefined {
  const sentence = sentenceOf(segment, stated.start);
  const near = Math.max(sentence.start, stated.start - LOOK_BACK);
  const before = OF_WHICH_BEFORE.exec(text.slice(near, stated.start));
  if (!before) return undefined;
  const comma = near + before.index;
  const count = segment.tokens.filter((t) => t.start >= sentence.start && t.end <= comma && !t.yearLike).pop();
  if (!count || !wholeCount(count) || !COUNTED_UP_TO_COMMA.test(text.slice(count.end, comma)) || MEASURE_NOUN.test(text.slice(count.end, count.end + 24))) return undefined;
  if (HEDGED_BEFORE.test(text.slice(Math.max(sentence.start, count.start - 20), count.start))) return undefined;
  return { value: count.value, text: count.text, start: count.start, end: count.end };
}

/** "95% of the institutes", "35% of the utilities": the plural noun a percent is "of", not a possessive ("the ports' cargo"). */
// Not "of those papers", "of these": a subset just named, whose count may be another figure than the noun's.
const OF_THE_NOUN = /^\s+of\s+(?:the|these|those|its|their|our|all\s+the)\s+([\p{L}-]+s)\b(?![’'])/iu;
/** "the ten institutes", "all 14 stations": a count named as the whole set. */
const WHOLE_SET_BEFORE = /\b(?:the|all(?:\s+the)?|its|their|our)\s+$/i;
/** "from 254 papers in 2015 to 323": an endpoint of a change, no standing whole. */
const ENDPOINT_BEFORE = /\b(?:from|to|between|and|against|versus|vs\.?)\s+$/i;

/**
 * "…at the ten institutes monitored… Spending grew at 95% of the institutes": the whole is the one count the paragraph
 * states of that noun before the percent ("ten institutes", "the 14 institutes"), exact, and no other count of it.
 */
function countedNounBefore(text: string, segment: AnalysedSegment, stated: NumberToken): Whole | undefined {
  const of = OF_THE_NOUN.exec(text.slice(stated.end, stated.end + 60));
  if (!of || MEASURE_NOUN.test(` ${of[1]}`)) return undefined;
  const noun = of[1]!.toLowerCase();
  const counts: Whole[] = [];
  const said = text.slice(segment.start, stated.start);
  // Every word may open the count (a lookahead, so that "at the ten institutes" still finds "ten"); "one of the
  // institutes" is a part of them, not a count. (A hyphen needs no escape outside a class, and with the u flag may have
  // none: "eight-campus".)
  const counted = new RegExp(`\\b(?=(\\d{1,3}|[a-z]+(?:-[a-z]+)?)\\s+(?:(?!of\\b)[\\p{L}-]+\\s+){0,2}?${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b)`, 'giu');
  for (const m of said.matchAll(counted)) {
    const start = segment.start + m.index!;
    const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
    if (value === undefined) continue;
    const token = segment.tokens.find((t) => t.start === start);
    // A count in digits is a token of its own: whole, unscaled, no year and no decimal.
    if (/^\d+$/.test(m[1]!) && (!token || !wholeCount(token))) return undefined;
    if (HEDGED_BEFORE.test(text.slice(Math.max(segment.start, start - 20), start)) || ENDPOINT_BEFORE.test(text.slice(Math.max(segment.start, start - 10), start))) return undefined;
    // Only a set named as a whole, "the ten institutes": "38 turbines … 17.0% of the turbines" may count the part.
    if (!WHOLE_SET_BEFORE.test(text.slice(Math.max(segment.start, start - 10), start))) return undefined;
    counts.push({ value, text: m[1]!, start, end: start + m[1]!.length });
  }
  if (counts.length === 0 || counts.some((c) => c.value !== counts[0]!.value) || counts[0]!.value < 2 || counts[0]!.value === 100) return undefined;
  return counts[counts.length - 1];
}

/** A figure that may count things: whole, unscaled, no year. */
function wholeCount(t: NumberToken): boolean {
  return t.kind === 'plain' && !t.yearLike && t.decimals === 0 && !t.scale && t.value >= 2 && t.value !== 100;
}

/**
 * "Audit test-checked 14 programmes across the three entities; 40% of them …": "them" is the one count stated before in
 * the sentence, a whole count of a plural noun, exact (not "about 14"). A count spelled out between them ("the three
 * entities") is another whole "them" may mean: read only when the percent is impossible of that one too (acc-parts8).
 */
function countBefore(text: string, segment: AnalysedSegment, sentence: { start: number; end: number }, stated: NumberToken): Whole | undefined {
  if (stated.value > 100 || HEDGED_BEFORE.test(text.slice(Math.max(sentence.start, stated.start - 20), stated.start))) return undefined;
  // A paragraph number ("1.3 Audit test-checked …") is no figure of the sentence.
  const numbering = /^[\s*_-]*\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{Lu})/u.exec(text.slice(sentence.start, stated.start));
  const from = sentence.start + (numbering?.[0].length ?? 0);
  const figures: NumberToken[] = [];
  for (let i = firstAtOrAfter(segment.tokens, from); i < segment.tokens.length && segment.tokens[i]!.end <= stated.start && figures.length < 2; i++) if (!segment.tokens[i]!.yearLike) figures.push(segment.tokens[i]!);
  if (figures.length !== 1) return undefined;
  const count = figures[0]!;
  if (count.kind !== 'plain' || count.decimals !== 0 || count.scale || count.value < 2 || count.value === 100) return undefined;
  if (!/^\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+s\b/u.test(text.slice(count.end, count.end + 60)) || MEASURE_NOUN.test(text.slice(count.end, count.end + 24))) return undefined;
  if (HEDGED_BEFORE.test(text.slice(Math.max(sentence.start, count.start - 20), count.start))) return undefined;
  for (const m of text.slice(sentence.start, stated.start).matchAll(SPELLED_COUNT)) {
    const other = spelledNumber(m[1]!);
    if (other !== undefined && reachable(stated.value, stated.decimals, other).reachable) return undefined;
  }
  return { value: count.value, text: count.text, start: count.start, end: count.end };
}

/** The N of the "top N" (one size only) in the percent's sentence, when the percent is "of the places/group/list". */
function topOfSentence(text: string, segment: AnalysedSegment, stated: NumberToken): Whole | undefined {
  if (!OF_THE_LIST.test(text.slice(stated.end, stated.end + 30))) return undefined;
  const sentence = sentenceHolding(segment, stated);
  if (!sentence) return undefined;
  const tops = segment.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end && TOP_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 5), t.start)));
  const top = tops.length > 0 && tops.every((t) => t.value === tops[0]!.value) ? tops[0]! : undefined;
  return top && top.kind === 'plain' && top.decimals === 0 && !top.scale ? top : undefined;
}

function judge(context: RuleContext, stated: NumberToken, whole: Whole): void {
  const total = whole.value;
  if (!Number.isInteger(total) || total < 1 || stated.value < 0) return;
  if (stated.value > 100) {
    // "the five partner shares add up to 194.8% of its 4,181 papers": shares that overlap, summed, may pass 100%.
    if (SUMMED_BEFORE.test(context.doc.text.slice(Math.max(0, stated.start - 60), stated.start))) return;
    // "1200% of 13 papers": a part of a whole count is at most all of it.
    context.report({
      range: { start: stated.start, end: stated.end },
      message: `${stated.text} of ${whole.text} is impossible: a part of ${whole.text} is at most all ${whole.text}, that is 100%.`,
      stated: stated.text,
      expected: 'at most 100%',
      reason: `k / ${formatNumber(total)} × 100 ≤ 100 for every whole count k ≤ ${formatNumber(total)}`,
      related: [{ range: { start: whole.start, end: whole.end }, message: `the whole: ${whole.text}` }],
    });
    return;
  }
  const result = reachable(stated.value, stated.decimals, total);
  if (result.reachable) {
    context.verified(stated);
    return;
  }
  const options = result.nearest.map((n) => `${formatLike(n.percent, stated)} (${n.count} of ${formatNumber(total)})`);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `${stated.text} of ${whole.text} is impossible at this precision: no whole count of ${whole.text} gives ${stated.text}; the nearest are ${options.join(' and ')}.`,
    stated: stated.text,
    expected: options.join(' or '),
    reason: `GRIM test: k / ${formatNumber(total)} × 100 rounded to ${stated.decimals} decimal${stated.decimals === 1 ? '' : 's'} never equals ${stated.value}`,
    related: [{ range: { start: whole.start, end: whole.end }, message: `the whole: ${whole.text}` }],
    suggestions: result.nearest.map((n) => {
      const newText = formatLike(n.percent, stated);
      return { title: `Change to ${newText} (${n.count} of ${formatNumber(total)})`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
    }),
  });
}
