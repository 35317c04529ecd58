// Rule breakdown-sum: the shares of an exclusive breakdown (a pie chart as a table or list) must sum to 100%.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { sumWithinRounding } from '../arithmetic.js';
import { CAPTION_PERCENT_UNIT, single, tableView } from '../context/tables.js';
import type { NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import { neighbours, statesOverlap } from '../context/overlap.js';
import { proseBreakdowns } from '../context/prose-breakdowns.js';
import { rowBreakdowns } from '../context/row-breakdowns.js';
import { formatLike } from '../numbers.js';
import * as z from 'zod';
import type { Rule, RuleContext } from './rule.js';
import { segmentRange, widenedScope } from '../section-findings.js';
import { changeGlobals } from './change-globals.js';

const REMAINDER = /^[\s*_]*(?:rest of (?:the )?world|others?\b|remaining|rest|all others?\b|elsewhere|everything else|all else|anything else|other sources)\b|\band\s+others?[\s*_]*$/i;
/** Words of a header that mark its column as percents: a percent sign, "per cent", "share". */
const PERCENT_MARK = /%|\bper\s?cent\b|\bshares?\b/i;
/** A unit said as percent ("Share 2024 (%)", "in per cent"): what plain figures need, a bare "Share" not being one. */
const PERCENT_UNIT = /%|\bper\s?cent\b/i;

/**
 * The columns of a table whose Total row states 100 and whose body rows each hold one unsigned figure of that kind,
 * in a table that marks them as percents (caption or header), with their labels and the segments around them.
 */
function hundredColumns(view: ReturnType<typeof tableView>): Array<{ shares: NumberToken[]; labels: AnalysedSegment[]; around: AnalysedSegment[]; total: NumberToken }> {
  const out: Array<{ shares: NumberToken[]; labels: AnalysedSegment[]; around: AnalysedSegment[]; total: NumberToken }> = [];
  const totalRow = view.rows[view.totalRow!]!;
  const body = subtotalsLeftOut(partRows(view), 1);
  if (body.length < 2) return out;
  for (let c = 1; c < view.header.length; c++) {
    const total = single(totalRow[c]);
    if (total?.value !== 100 || (total.kind !== 'percent' && total.kind !== 'plain')) continue;
    // Plain figures are percents only where a unit says so ("Share 2024 (%)", "(% of total spending)"), not a bare "Share".
    const unit = PERCENT_UNIT.test(view.header[c]?.text ?? '') || (view.caption !== undefined && CAPTION_PERCENT_UNIT.test(view.caption.text));
    if (total.kind === 'plain' ? !unit : !unit && !PERCENT_MARK.test(view.header[c]?.text ?? '')) continue;
    const shares = body.map((row) => single(row[c]));
    if (shares.some((t) => !t || t.kind !== total.kind || t.style.sign !== '' || t.value > 100 || t.yearLike)) continue;
    out.push({ shares: shares as NumberToken[], labels: body.map((row) => row[0]!), around: [view.caption, view.header[c]].filter((x): x is AnalysedSegment => x !== undefined), total });
  }
  return out;
}

/** A row set in italics ("| *Portugal* | *890.3* | *28.8* |") or labelled a subtotal ("*Rescued from waste, subtotal*"). */
const ITALIC_CELL = /^\s*([*_])(?!\1)[^*_]*[^*_\s][^*_]*\1\s*$/;
const SUBTOTAL_WORD = /\bsub-?\s?totals?\b/i;

/**
 * The rows of a share column without its subtotals: a row in italics, or labelled a subtotal, whose share is the sum
 * (within rounding) of the rows right above it since the previous subtotal ("| *Portugal* | … | *28.8* |" under its
 * two hostels' 18.1 and 10.7). Such a row is counted twice in the column, not a part of its own.
 */
function subtotalsLeftOut<R extends readonly AnalysedSegment[]>(rows: readonly R[], column: number): R[] {
  const kept: R[] = [];
  let run: NumberToken[] = [];
  for (const row of rows) {
    const share = single(row[column]);
    const marked = SUBTOTAL_WORD.test(row[0]?.text ?? '') || row.every((cell) => cell.text.trim() === '' || ITALIC_CELL.test(cell.text));
    if (marked && share && run.length >= 2 && sumWithinRounding([...run, share].map((t, i) => ({ value: i === run.length ? 0 : t.value, decimals: t.decimals })), share.value).ok) {
      run = [];
      continue;
    }
    kept.push(row);
    if (share) run.push(share);
  }
  return kept;
}

/** A row label that nests the row in the one above it. */
const SUB_ROW = /^[\s*_]*(?:of\s+which|of\s+whom|thereof|incl(?:uding|\.)|[-–—]\s)/i;

/** The first and last segment of a table. */
function extentOf(table: { cells: readonly (readonly number[])[] }): [number, number] {
  const cells = table.cells.flat();
  return [Math.min(...cells), Math.max(...cells)];
}

/** The body rows of a table that may be parts of its whole: not its Total row, not a row inside the row above it. */
function partRows(view: ReturnType<typeof tableView>): ReturnType<typeof tableView>['rows'] {
  return view.rows.filter((row, r) => r !== view.totalRow && !SUB_ROW.test(row[0]?.text ?? ''));
}

// acc-parts8: "The 2024 income splits as follows:", "is broken down", "divides".
const EXCLUSIVE_CUE = /\b(?:breakdown|distribution|split(?:s|ting)?|broken down|breaks? down|divide[sd]?|composition|pie|partition|by region|by country)\b/i;

export const breakdownSum: Rule = {
  id: 'breakdown-sum',
  docs: {
    description: 'The shares of an exclusive breakdown do not sum to 100%.',
    details:
      'A table or list of shares that partitions a whole — shown by a "Rest of the world"/"Other"/"Everything else" row or a last row "… and other", a table\'s Total row of 100% (its "of which" rows, and rows in italics or labelled a subtotal that add up the rows above them, left out of the sum; in a table of several such columns — shares per entity under a caption "(% of total spending)", or "Share 2015 (%)" beside "Share 2024 (%)" — each column with a Total of 100 on its own), a caption or introducing sentence that says breakdown, distribution, split or splits, broken down or divided, or a dataset metric marked exclusive — must sum to 100% within rounding (each share may be off by half its last digit). So must a breakdown written in a sentence: the shares after "splits into" / "is divided between" / "broke down as" / "came from" with each source\'s share in brackets ("income came from A (46%), B (31%) …", not "the rest came from", nor with a source left unnumbered) or after a colon ("2015 split of combined output: A 60.7%, B 34.9%, C 4.4%", "The funding mix is unusual: core funding 36.2%, …" — a mix of money sources only), a sentence whose last share is "the remaining N%" / "the rest" / "everything else N%", a list introduced by a share it splits ("the remaining 38.9% splits into:", then summed against that share), a list after a lead-in ending in a colon whose own share the list completes to 100% ("only 14.6% of its overnight stays were by Portuguese residents:" over the other regions’ shares: a split with that share), or a two-way split whose second share is the complement of the first ("62% had a partner abroad and 38% did not"; "had none" or "had no partner" only when it denies what the first share had) (then the remainder that closes the sum is suggested). A table’s finding stands on its Total row’s share when it has one; a table whose shares the share rule checks row by row (a column of whole counts and the whole they are shares of) is left to it, so a wrong share is reported once. A table whose rows each split a whole across its columns — percent cells, or a caption or header saying "percent of total income", "(% of cases filed)", "mix" or "breakdown", with an "Other" column — must have each row sum to 100, checked once another row of it does (no fix: which share is wrong is unknown); without an "Other" column among three, an open last class ("60 and over"), a unit note of each row’s own whole ("(% of each network’s journeys)") or two columns one of them the rest may cover the whole too, checked once two rows or more, and most rows, sum to 100. A split closed by "leaving 17.7% for …" sums with what it leaves; a share of a whole named as a total followed by one "for the other six" is a two-way split (not one share compared across two wholes); a remainder in brackets ("and the rest of the world (14.2%)") closes the bracketed shares only. Two bracketed shares or more right after an unbracketed one split it again (“the remaining 5.4% from sponsorship (1.8%), catering (2.1%) and other sources (1.5%)”): they are left out of the sum. Overlapping shares are never checked: a dataset metric marked overlapping, or nearby text saying the shares overlap, are not mutually exclusive or may exceed 100%. A remainder (“and events the remaining 3.5%”) in a sentence whose shares fall well short of the whole, after a sentence of shares, closes a split begun there and is not summed alone.',
    failing: 'AIST’s international collaboration, breakdown by country:\n\n- China 23%\n- United States 17%\n- France 9%\n- Germany 8%\n- United Kingdom 7%\n- Rest of the world 39%\n',
    passing: 'AIST’s international collaboration, breakdown by country:\n\n- China 23%\n- United States 17%\n- France 9%\n- Germany 8%\n- United Kingdom 7%\n- Rest of the world 36%\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'total', 'unverified'],
  options: z
    .object({
      tolerance: z
        .number()
        .min(0)
        .max(10)
        .optional()
        .describe('Percentage points the sum may differ from 100; default: what rounding allows (half a unit of each share’s last digit).'),
    })
    .strict(),
  // A breakdown's judgment reads its table (cells, caption, the heading above: tables.ts), list (items and the segment
  // before them) or sentence, the paragraphs up to two segments beside it (three under a table) across a heading for a
  // note that the shares overlap (overlap.ts), the dataset, and for a breakdown in a sentence the rates of the growth
  // statements (section-bound, with cagr's globals: a row of a table named sections away). After an edit it judges
  // the breakdowns of the segments within three of the edit's sections, widened to whole tables and lists, so that no
  // breakdown is judged in part: those are the only ones that read the edit's sections.
  bySection: { globals: (doc, dataset) => changeGlobals(doc, dataset), judged: (doc, scope) => breakdownScope(doc, scope) },
  check(context) {
    // The breakdowns judged: those within the segments above after an edit, else all.
    const { from, to } = segmentRange(context);
    // A table without cells or a list without items holds no breakdown: read as before, to no effect.
    const within = (index: number | undefined) => index === undefined || (index >= from && index <= to);
    for (const table of context.doc.tables) {
      if (!within(table.cells[0]?.[0])) continue;
      const view = tableView(context.doc, table);
      // "**Table 4. Spending by category, 2024 (% of total spending)**" over "| Category | Warmbach | Sonnfelden |" and a
      // Total row of 100.0 in each column, or "| Category | Share 2015 (%) | Share 2024 (%) |": columns no one share column
      // stands for, each a breakdown its Total row says is whole.
      if (view.shareColumn === undefined && view.totalRow !== undefined) {
        for (const column of hundredColumns(view)) judge(context, column.shares, column.labels, column.around, extentOf(table), { start: column.total.start, end: column.total.end }, false, undefined, true);
        continue;
      }
      // With a column of whole counts and the whole they are shares of, the share rule checks each row itself: one finding
      // per wrong share. Amounts with decimals give it only a rounded reading, so their sum to 100% is still checked.
      // Shares each of their own row's whole ("Capex (% of revenue)", "% of target") make no breakdown.
      if (view.shareColumn === undefined || view.wholeColumn !== undefined || (view.countColumn !== undefined && view.total !== undefined && view.wholeColumn === undefined && wholeCounts(view.rows, view.countColumn))) continue;
      // "of which staff", "incl. energy": a row inside the row above it, no part of the partition.
      const rows = subtotalsLeftOut(partRows(view), view.shareColumn);
      const shares = rows.map((row) => single(row[view.shareColumn!]));
      if (shares.length < 2 || shares.some((s) => s?.kind !== 'percent' && !(view.percentCells && s?.kind === 'plain'))) continue;
      const labels = rows.map((row) => row[0]!);
      // "| Cyclades Blue | 301.2 | 31.4% | 27.9% | … |": rows of entities each split across several percent columns are
      // the breakdowns (row-breakdowns.ts); a column of them is one category across entities.
      if (labelsNameEntities(labels) && percentColumns(rows) >= 2) continue;
      const around = [view.caption, view.header[view.shareColumn]].filter((s): s is AnalysedSegment => s !== undefined);
      // A Total row's share ("100.0%") is the sum the table claims; without one, the column header stands for the column.
      const totalShare = view.totalRow !== undefined ? view.rows[view.totalRow]![view.shareColumn] : undefined;
      const stated = totalShare ? single(totalShare) : undefined;
      // "| Vestervold (Copenhagen) | … | 89.3% |" under "Occupancy 2024": a rate of each entity's own, one per row, is no
      // share of a whole the rows split, unless the header or a Total row of 100% says it is.
      if (labelsNameEntities(labels) && !SHARE_OF_WHOLE_HEADER.test(view.header[view.shareColumn]?.text ?? '') && stated?.value !== 100) continue;
      const anchor = stated?.kind === 'percent' || (view.percentCells && stated?.kind === 'plain') ? stated! : view.header[view.shareColumn]!;
      // A Total row of 100% under a table of labels and shares alone says the rows partition the whole.
      const whole = stated !== undefined && anchor === stated && stated.value === 100 && view.header.length === 2;
      judge(context, shares as NumberToken[], labels, around, extentOf(table), { start: anchor.start, end: anchor.end }, false, undefined, whole);
    }
    for (const list of context.doc.lists) {
      if (!within(list.items[0])) continue;
      const items = list.items.map((i) => context.doc.segments[i]!);
      const shares = items.map((s) => s.tokens.filter((t) => t.kind === 'percent'));
      if (items.length < 2 || shares.some((s) => s.length !== 1)) continue;
      const intro = context.doc.segments[items[0]!.index - 1];
      const first = shares[0]![0]!;
      // A sentence that introduces the list ("… split as follows:") closes the topic above it: a note there is about something else.
      const introduces = intro !== undefined && intro.kind === 'paragraph' && !intro.listItem && /:\s*(?:\[\d+\]|<sup>[^<]*<\/sup>|\[\^[^\]]+\])*\s*$/.test(intro.text);
      // "aeronautical charges made up 55.9% of revenue. The rest split as follows:": the list splits what is left. So does
      // a list after a lead-in whose own share it completes ("only 14.6% of its overnight stays were by Portuguese
      // residents:" over the other regions' shares): that share is the split's first part.
      if (introduces && completedBy(shares.map((s) => s[0]!), intro!.tokens.filter((t) => t.kind === 'percent'))) {
        for (const [share] of shares) context.verified(share!);
        continue;
      }
      judge(context, shares.map((s) => s[0]!), items, intro && intro.kind !== 'cell' ? [intro] : [], [items[0]!.index, items[items.length - 1]!.index], { start: first.start, end: first.end }, introduces, introduces ? splitWhole(intro!) : undefined);
    }
    for (const table of rowBreakdowns(context.doc, within)) {
      // Only where another row sums to 100 are the columns known to cover the whole.
      const sums = table.rows.map((shares) => sumWithinRounding(shares.map((s) => ({ value: s.value, decimals: s.decimals })), 100));
      // Columns that only may cover the whole (no remainder among three) must show it: two rows or more, and most rows.
      const ok = sums.filter((s) => s.ok).length;
      if (ok === 0 || (!table.remainder && (ok < 2 || ok * 2 <= sums.length)) || statesOverlap(context.dataset, table.around)) continue;
      table.rows.forEach((shares, r) => {
        if (sums[r]!.ok) for (const s of shares) context.verified(s);
        else judgeSentence(context, shares, undefined, 'row');
      });
    }
    for (const breakdown of proseBreakdowns(context.doc, from, to)) {
      const nearby = [breakdown.segment, ...neighbours(context.doc, breakdown.segment.index, breakdown.segment.index)];
      if (statesOverlap(context.dataset, nearby)) continue;
      // "only 12.8% flew domestically. Other EU/EEA destinations took 51.4%, the UK 14.6% and the rest 21.2%": a split
      // that a share stated before it in its paragraph completes is that share's rest.
      const before = breakdown.segment.tokens.filter((t) => t.kind === 'percent' && t.end <= breakdown.shares[0]!.start);
      if (completedBy(breakdown.shares, before)) {
        for (const share of breakdown.shares) context.verified(share);
        continue;
      }
      judgeSentence(context, breakdown.shares, breakdown.remainder);
    }
  },
};

/**
 * The segments whose breakdowns are judged again after an edit: the scope widened by three segments (a breakdown's
 * neighbours, overlap.ts) and on to whole tables and lists (a list's items stand together; one list right after
 * another is taken in too), until neither end cuts one.
 */
export function breakdownScope(doc: AnalysedDocument, scope: { from: number; to: number }): { from: number; to: number } {
  const { segments } = doc;
  let { from, to } = widenedScope(doc, scope, 3);
  for (;;) {
    const before = [from, to];
    while (from > 0 && segments[from]!.listItem !== undefined && segments[from - 1]!.listItem !== undefined) from--;
    while (to + 1 < segments.length && segments[to]!.listItem !== undefined && segments[to + 1]!.listItem !== undefined) to++;
    ({ from, to } = widenedScope(doc, { from, to }, 0));
    if (before[0] === from && before[1] === to) return { from, to };
  }
}

/** A column header that names a share of a whole: "Share of papers", "% of total", "Proportion", "split". */
const SHARE_OF_WHOLE_HEADER = /\bshare|\bproportion|\bpart\b|\bsplit|\bbreakdown|\bdistribution|\bmix\b|%\s*of\b|\bper\s*cent\s+of\b|\bof\s+(?:the\s+)?total\b/i;

/** Every figure of the column is a whole count (no decimals). */
function wholeCounts(rows: readonly AnalysedSegment[][], column: number): boolean {
  return rows.every((row) => (single(row[column])?.decimals ?? 0) === 0);
}

/** Whether one share stated before a split, added to its shares, makes 100 within rounding: the split is of its rest. */
function completedBy(shares: readonly NumberToken[], before: readonly NumberToken[]): boolean {
  const terms = shares.map((s) => ({ value: s.value, decimals: s.decimals }));
  return before.some((p) => sumWithinRounding([...terms, { value: p.value, decimals: p.decimals }], 100).ok);
}

/** "the remaining 38.9% splits into:": the share of the whole that the list after the sentence splits. */
const SPLIT_WHOLE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:splits?|is\s+split|breaks?\s+down|is\s+broken\s+down|divides?|is\s+divided|is\s+made\s+up|comprises?|consists?)\b[^:%\d]{0,40}:\s*$/i;

function splitWhole(intro: AnalysedSegment): NumberToken | undefined {
  const last = intro.tokens.filter((t) => t.kind === 'percent').at(-1);
  return last && SPLIT_WHOLE_AFTER.test(intro.text.slice(last.end - intro.start)) ? last : undefined;
}

function judge(context: RuleContext, shares: NumberToken[], labels: AnalysedSegment[], around: AnalysedSegment[], extent: [number, number], range: { start: number; end: number }, introduced = false, whole?: NumberToken, totalOfAll = false): void {
  const nearby = [...around, ...neighbours(context.doc, extent[0], extent[1]).filter((s) => !introduced || s.index > extent[1])];
  if (statesOverlap(context.dataset, nearby)) return;
  const breakdowns = nearby.flatMap((s) => s.metrics.map((m) => context.dataset.metrics.get(m.id)?.breakdown));
  const cued = totalOfAll || labels.some((l) => REMAINDER.test(l.text)) || around.some((s) => EXCLUSIVE_CUE.test(s.text));
  // A dataset breakdown splits one entity's whole by category: shares whose labels name other entities each ("MRP",
  // "GAC" under a "Staff" column) are one category across entities, no partition.
  if (!cued && (!breakdowns.includes('exclusive') || labelsNameEntities(labels))) return;
  const configured = typeof context.options.tolerance === 'number' ? context.options.tolerance : undefined;
  // A list that splits one share of a whole ("the remaining 38.9% splits into:") sums to that share.
  const target = whole?.value ?? 100;
  const terms = shares.map((s) => ({ value: s.value, decimals: s.decimals }));
  // The share split is rounded too: a term of value 0 with its decimals adds its half unit to the tolerance.
  if (whole) terms.push({ value: 0, decimals: whole.decimals });
  const rounding = sumWithinRounding(terms, target);
  const tolerance = configured ?? rounding.tolerance;
  const ok = configured === undefined ? rounding.ok : Math.abs(rounding.sum - target) <= configured + 1e-9;
  if (ok) {
    for (const s of shares) context.verified(s);
    return;
  }
  context.report({
    range,
    message: `The ${shares.length} shares of this breakdown sum to ${formatNumber(rounding.sum, 2)}%, not ${whole ? `${whole.text}, the share the list splits` : '100%'} (${configured === undefined ? 'rounding allows' : 'the configured tolerance is'} ±${formatNumber(tolerance, 2)} points).`,
    stated: `${formatNumber(rounding.sum, 2)}%`,
    expected: whole?.text ?? '100%',
    reason: `exclusive breakdown${whole ? ` of ${whole.text}` : ''}: ${shares.map((s) => s.text).join(' + ')} = ${formatNumber(rounding.sum, 2)}%`,
    related: shares.map((s) => ({ range: { start: s.start, end: s.end }, message: `share ${s.text}` })),
  });
}

/** How many columns hold a percent in every row. */
function percentColumns(rows: readonly AnalysedSegment[][]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  let count = 0;
  for (let c = 1; c < width; c++) if (rows.every((r) => r[c] !== undefined && single(r[c])?.kind === 'percent')) count++;
  return count;
}

/** Whether at least two labels each name one entity, and no two the same one. */
function labelsNameEntities(labels: readonly AnalysedSegment[]): boolean {
  const named = labels.map((l) => new Set(l.entities.map((m) => m.id)));
  const ids = named.filter((n) => n.size === 1).map((n) => [...n][0]);
  return ids.length >= 2 && new Set(ids).size === ids.length;
}

/** A breakdown stated in a sentence ("splits into …", "… and the remaining 73%") is exclusive by its own words. */
function judgeSentence(context: RuleContext, shares: NumberToken[], remainder: NumberToken | undefined, what = 'split'): void {
  const rounding = sumWithinRounding(shares.map((s) => ({ value: s.value, decimals: s.decimals })), 100);
  if (rounding.ok) {
    for (const s of shares) context.verified(s);
    return;
  }
  const anchor = remainder ?? shares[shares.length - 1]!;
  const others = shares.filter((s) => s !== remainder);
  const rest = 100 - others.reduce((acc, s) => acc + s.value, 0);
  // Which share is wrong is unknown, so the remainder that would close the sum is only a suggestion.
  const suggestion = remainder && rest >= 0 ? formatLike(rest, remainder, Math.max(...shares.map((s) => s.decimals))) : undefined;
  context.report({
    range: { start: anchor.start, end: anchor.end },
    message: `The ${shares.length} shares of this ${what} sum to ${formatNumber(rounding.sum, 2)}%, not 100%${suggestion ? `; the remainder would be ${suggestion}` : ''}.`,
    stated: `${formatNumber(rounding.sum, 2)}%`,
    expected: '100%',
    reason: `exclusive breakdown: ${shares.map((s) => s.text).join(' + ')} = ${formatNumber(rounding.sum, 2)}%`,
    related: shares.map((s) => ({ range: { start: s.start, end: s.end }, message: `share ${s.text}` })),
    ...(suggestion ? { suggestions: [{ title: `Change the remainder to ${suggestion}`, edits: [{ range: { start: anchor.start, end: anchor.end }, newText: suggestion }] }] } : {}),
  });
}
