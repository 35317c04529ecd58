// Finds table columns of plain ranks ("| NIMR rank |" over 2, 2, 3 …, or year columns under "The top five, edition by edition"), and rows labelled rank under year columns.
import type { AnalysedDocument, AnalysedTable } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { rankColumnOfOtherMeasure } from './dataset-rank-scope.js';
import { VersionMemo } from '../version-memo.js';

const RANK_HEADER = /\b(?:rank(?:s|ing)?|position|place)\b/i;
const RANK_CAPTION = /\b(?:rank(?:s|ing|ings)?|positions?|places?|top\s+(?:\d{1,3}|three|five|ten|twenty))\b/i;

/**
 * Ranks that are not the ranking's published ones: recomputed under another method, simulated, projected ("OSI 2021
 * recomputed with the 2018–2020 method (not an official edition)", "| Rank under the old method |", "| NIMR (old
 * method) |"). A table, column or row that says so holds no rank claim: the dataset holds the official edition.
 */
const NOT_PUBLISHED_RANK =
  /\b(?:old|older|previous|former|earlier|original|alternative|pre-\d{4})\s+(?:\S+\s+)?(?:method(?:ology)?|definition|rules?|weighting|formula|scoring)\b|\b(?:(?:19|20)\d{2}[–-](?:19|20)?\d{2,4})\s+method(?:ology)?\b|\b(?:recomputed|re-computed|recalculated|re-calculated|restated|rebased|re-based|reweighted|re-weighted|simulated|simulation|hypothetical|counterfactual|projected|projections?|forecasts?|unofficial|not\s+an?\s+official|would\s+have)\b/i;

const cache = new VersionMemo<AnalysedDocument, Set<NumberToken>>();

/** Plain whole numbers that stand in a rank column: its header says rank, or the caption does and the column reads as places (distinct, from 1). */
export function rankColumnTokens(doc: AnalysedDocument, tables?: readonly AnalysedTable[]): Set<NumberToken> {
  // A table's rank columns are read from the table and its caption: some tables' alone are theirs (a section-bound run).
  if (tables) return new Set(tables.flatMap((t) => tableRanks(doc, t)));
  let found = cache.get(doc);
  if (!found) {
    found = new Set(doc.tables.flatMap((t) => tableRanks(doc, t)));
    cache.set(doc, found);
  }
  return found;
}

function tableRanks(doc: AnalysedDocument, table: AnalysedTable): NumberToken[] {
  const header = table.cells[0] ?? [];
  const captionSegment = table.caption !== undefined ? doc.segments[table.caption]! : undefined;
  const caption = captionSegment?.text ?? '';
  const captionSaysRank = RANK_CAPTION.test(caption);
  const out: NumberToken[] = [];
  if (NOT_PUBLISHED_RANK.test(caption)) return out;
  for (let column = 0; column < header.length; column++) {
    const head = doc.segments[header[column]!]!;
    // A row labelled as recomputed ("| NIMR (old method) | 1 |") holds no published rank.
    const cells = table.cells.slice(1).map((row) => (row[column] !== undefined && !(column > 0 && row[0] !== undefined && NOT_PUBLISHED_RANK.test(doc.segments[row[0]]!.text)) ? doc.segments[row[column]!]! : undefined));
    const tokens = cells.map((c) => (c && c.tokens.length === 1 && c.tokens[0]!.kind === 'plain' && !c.tokens[0]!.yearLike && c.tokens[0]!.decimals === 0 ? c.tokens[0] : undefined));
    const values = tokens.filter((t): t is NumberToken => t !== undefined);
    if (values.length === 0 || values.some((t) => t.value < 1 || t.value > 200 || t.style.group)) continue;
    if (NOT_PUBLISHED_RANK.test(head.text) || markedTwinYear(doc, header, column)) continue;
    const byHeader = RANK_HEADER.test(head.text);
    // Under a caption that speaks of ranks, a column of distinct places starting near the top reads as ranks.
    // One place given twice among five or more, all within the number of rows, is a slip in a column of places (a
    // value copied from another year), not another kind of figure.
    const kinds = new Set(values.map((t) => t.value)).size;
    const distinct = (kinds === values.length || (values.length >= 5 && kinds === values.length - 1 && values.every((t) => t.value <= values.length + 1))) && Math.min(...values.map((t) => t.value)) <= 2;
    // A header of the year alone ("2024", "2024 edition"), not a measure of that year ("Outage days 2024").
    const headIsYear = head.tokens.length === 1 && head.tokens[0]!.yearLike && YEAR_HEADER.test(withoutRankings(doc, head));
    // "| Institute | Funding 2024 | Rank |" with no ranking named: a rank by the table's own measure.
    if (byHeader && rankColumnOfOtherMeasure(captionSegment, header.map((i) => doc.segments[i]!), column, table.cells.slice(1).map((row) => row.map((i) => doc.segments[i]!)))) continue;
    if (byHeader || (captionSaysRank && headIsYear && distinct)) out.push(...values);
  }
  // "| RVARS rank | 4 | 4 | 5 |" under year columns: a row whose label says rank holds a rank per edition.
  const yearColumns = header.map((i) => {
    const head = doc.segments[i]!;
    return head.tokens.length === 1 && head.tokens[0]!.yearLike;
  });
  for (const row of table.cells.slice(1)) {
    const label = row[0] !== undefined ? doc.segments[row[0]]! : undefined;
    if (!label || !RANK_HEADER.test(label.text) || NOT_PUBLISHED_RANK.test(label.text)) continue;
    const values = row.slice(1).flatMap((i, k) => {
      const cell = doc.segments[i]!;
      const t = cell.tokens.length === 1 ? cell.tokens[0]! : undefined;
      return t && yearColumns[k + 1] && t.kind === 'plain' && !t.yearLike && t.decimals === 0 && t.value >= 1 && t.value <= 200 && !t.style.group ? [t] : [];
    });
    out.push(...values);
  }
  return out;
}

/**
 * "| 2022 | 2022* |" under "*2022 recomputed with the old method": a year column whose header adds a note mark to a year
 * another column of the table names plainly is not that edition (the plain one is); its places are no published ranks.
 */
function markedTwinYear(doc: AnalysedDocument, header: readonly number[], column: number): boolean {
  const marked = MARKED_YEAR.exec(doc.segments[header[column]!]!.text);
  if (!marked) return false;
  return header.some((i, c) => c !== column && PLAIN_YEAR.exec(doc.segments[i]!.text)?.[1] === marked[1]);
}
const MARKED_YEAR = /^[\s_]*((?:19|20)\d{2})[\s_]*(?:\\?\*+|†|‡|§|\^?[a-z]\b|\[\^?[^\]]{1,8}\])[\s_]*$/;
const YEAR_HEADER = /^[\s*_]*(?:(?:edition|year)\s+)?(?:19|20)\d{2}(?:\s+edition)?[\s*_]*$/i;
const PLAIN_YEAR = /^[\s*_]*((?:19|20)\d{2})[\s*_]*$/;

/** A header's text with the rankings it names left out ("VXI 2022" → " 2022"). */
function withoutRankings(doc: AnalysedDocument, head: AnalysedDocument['segments'][number]): string {
  let text = '';
  let at = head.start;
  for (const r of head.rankings) {
    if (r.start < at) continue;
    text += doc.text.slice(at, r.start);
    at = r.end;
  }
  return text + doc.text.slice(at, head.end);
}
