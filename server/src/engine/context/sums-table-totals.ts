// Reads a table's total row labelled by the group it sums rather than by the word "Total": "Four institutions combined",
// "All eleven", "The 3 ports together", "Combined". The size it names must be the number of rows above it (a row
// "Others (five institutes)" counts five), so no row the table leaves out can be in the total.
import type { AnalysedSegment } from '../analysis.js';
import { spelledNumber } from '../numbers.js';

const SIZE = String.raw`(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2})`;
/** "Four institutions combined", "The 3 ports together", "All five mills in total", "4 institutes, total". */
const SIZED_SUM = new RegExp(String.raw`^(?:(?:all|the|these|those|our)\s+)?${SIZE}\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+[\s,]+(?:combined|together|in\s+total|total|summed)$`, 'iu');
/** "All eleven", "All 11 institutes", "All four ports". */
const ALL_OF = new RegExp(String.raw`^all\s+(?:the\s+)?${SIZE}(?:\s+[\p{L}’'-]+){0,2}$`, 'iu');
/** "Both mills", "Both combined", "The two together". */
const BOTH = /^(?:both(?:\s+[\p{L}’'-]+){0,2}|the\s+two(?:\s+[\p{L}’'-]+){0,2}\s+(?:combined|together))$/iu;
/** "Four institutes", "The three ports": a plural noun and the size of the group, nothing else. */
const BARE_GROUP = new RegExp(String.raw`^(?:the\s+)?${SIZE}\s+(?:[\p{L}’'-]+\s+)?[\p{L}’'-]+s$`, 'iu');
/** "Combined", "Together", "Combined total": a sum of every row above, as "Total" is. */
const PLAIN_SUM = /^(?:combined|together|all\s+combined)(?:\s+total)?$/i;
/** A row that stands for several: "Others (five institutes)", "Rest (3 ports)". */
const ROW_OF_MANY = new RegExp(String.raw`\(\s*${SIZE}\s+[\p{L}’'-]+\s*\)`, 'iu');
/** Words that say the label sums its rows, so a column of scores or index points is summed too. */
export const SAYS_SUM = /\b(?:combined|together|total|summed)\b/i;

/** Markup aside: "**Four institutions combined**" → "Four institutions combined". */
export function plainLabel(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** Whether a row labelled `label` sums exactly the rows labelled `others`, by the size its label names. */
export function sumsAllRows(label: string, others: readonly string[]): boolean {
  const text = plainLabel(label);
  if (others.length < 2) return false;
  if (PLAIN_SUM.test(text)) return true;
  const m = SIZED_SUM.exec(text) ?? ALL_OF.exec(text) ?? BARE_GROUP.exec(text);
  const size = m ? sizeOf(m[1]!) : BOTH.test(text) ? 2 : undefined;
  if (size === undefined) return false;
  return rowsCounted(others) === size;
}

/** How many members rows labelled `others` stand for: one each, and "Others (five institutes)" five. */
function rowsCounted(others: readonly string[]): number {
  return others.reduce((acc, o) => {
    const many = ROW_OF_MANY.exec(plainLabel(o));
    return acc + (many ? (sizeOf(many[1]!) ?? 1) : 1);
  }, 0);
}

/** A size a total's label names, its years aside: "Total, ten institutes", "Total (10)", "Total of the four". */
const LABEL_SIZE = new RegExp(String.raw`\b${SIZE}\b(?!\s*(?:%|per\b|[.,]\d))`, 'iu');

/**
 * Whether a "Total" row's label names a group of another size than the rows above it ("Total, ten institutes" under
 * four rows): it totals members the table does not list, so the rows are not its parts.
 */
export function namesOtherSize(label: string, others: readonly string[]): boolean {
  const m = LABEL_SIZE.exec(plainLabel(label).replace(/\b(?:19|20)\d\d(?:\s*[–-]\s*\d{2,4})?\b/g, ' '));
  const size = m ? sizeOf(m[1]!.toLowerCase()) : undefined;
  return size !== undefined && size !== rowsCounted(others);
}

function sizeOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : spelledNumber(word.toLowerCase());
}

/** Headers of figures that are not amounts to share out: rates, averages, ratios, indices, changes, years. */
const NOT_AN_AMOUNT = /chang|growth|grew|increase|decrease|decline|\bdiff|delta|Δ|\bcagr\b|\bper\b|annual|\brates?\b|\bratios?\b|share|%|per ?cent|proportion|fraction|average|\bmean\b|median|index|score|rank|impact|intensity|density|\bfwci\b|\bh-index\b|year|\bage\b|→|->|\bvs\.?\b/i;

/** "| **Austria** | | | |": a row that only names the group of the rows under it, and holds no figure of any column. */
export function groupLabelRow(row: readonly AnalysedSegment[]): boolean {
  return row.length > 1 && row.slice(1).every((c) => c.text.trim() === '');
}

/**
 * Columns of amounts written with decimals ("Budget 2024" in EUR million: 19.7, 16.2 …): every body row holds one
 * unsigned plain figure, at least one has decimals, and the header names no rate, average, index or change.
 */
export function amountColumns(header: readonly AnalysedSegment[], rows: readonly AnalysedSegment[][], totalRow: number): number[] {
  const out: number[] = [];
  const body = rows.filter((row, r) => r !== totalRow && !groupLabelRow(row));
  if (body.length < 2) return out;
  for (let c = 1; c < header.length; c++) {
    if (NOT_AN_AMOUNT.test(header[c]?.text ?? '')) continue;
    const values = body.map((r) => r[c]?.tokens.filter((t) => !t.yearLike) ?? []);
    if (values.every((v) => v.length === 1 && v[0]!.kind === 'plain' && v[0]!.style.sign === '' && v[0]!.value >= 0) && values.some((v) => v[0]!.decimals > 0)) out.push(c);
  }
  return out;
}
