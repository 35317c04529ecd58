// A table of places by edition whose cells are names: "| Edition | First | Second | Third |" with a row per year
// ("| 2018 | SAGIC | SMGL | BSEI |"), or its transpose ("| Place | 2023 | 2024 |" with a row per place). Each name
// cell says that entity held the column's (or row's) place in the row's (or column's) edition of the ranking named
// nearby. Only a published edition is read: a caption or heading that speaks of another method, a recomputation, a
// part of the ranking or a narrower group leaves the table unread, and so does a row that names an entity twice.
import type { Ranking } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { plainToken } from '../numbers.js';
import type { RankClaim } from './rank-claims.js';
import { VersionMemo } from '../version-memo.js';
import { rankedEntities } from './dataset-which-ranking.js';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** A header or label that is one place and nothing else: "First", "2nd", "Rank 3", "No. 1", "#2", "1st place". */
const PLACE_LABEL = new RegExp(String.raw`^[\s*_]*(?:(?:rank|place|position|no\.?|number|#)\s*)?(\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS.join('|')})(?:\s+(?:place|position|spot))?[\s*_]*$`, 'i');
/** A label of the column or row of editions. */
const EDITION_LABEL = /^[\s*_]*(?:edition|editions|year|years|index\s+year|release|(?:[\p{Lu}][\p{L}&-]*\s+)?edition)[\s*_]*$/iu;
const YEAR_CELL = /^[\s*_]*((?:19|20)\d{2})(?:\s+edition)?[\s*_]*$/i;
/** Words around a table that make its places something other than a published edition's. */
const NOT_PUBLISHED =
  /\b(?:old|earlier|previous|former|prior|original|new)\s+(?:method(?:ology)?|metrics?|approach|formula|weighting)|\bpre-\d{4}|\bwould\b|\brecomput|\brecalculat|\bcounterfactual|\bhypothetical|\bsub-?index|\bcomponents?\b|\bpillars?\b|\bindicators?\b|\bamong\b|\bexcluding\b|\badjusted\b|\bdrafts?\b|\bprovisional|\bsimulat|\bscenarios?\b|\bprojected\b|\bforecast|\bby\s+(?!edition|year)\p{Ll}+/iu;

/** A cell that holds more than one name, or a tie. */
const SHARED = /\b(?:and|tied?|joint(?:ly)?|shared|equal)\b|[&\/,;=+]/i;

function placeOf(text: string): number | undefined {
  const m = PLACE_LABEL.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.indexOf(word) + 1;
  return n >= 1 && n <= 200 ? n : undefined;
}

function yearOf(text: string): number | undefined {
  const m = YEAR_CELL.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The one ranked entity a cell names and nothing else but emphasis. */
function nameCell(text: string, segment: AnalysedSegment, ranked: ReadonlySet<string>): string | undefined {
  const names = segment.entities.filter((e) => ranked.has(e.id));
  if (names.length !== 1 || segment.entities.length !== 1) return undefined;
  const e = names[0]!;
  return /^[\s*_]*(?:the\s+)?$/i.test(text.slice(segment.start, e.start)) && /^[\s*_]*$/.test(text.slice(e.end, segment.end)) ? e.id : undefined;
}

/**
 * Rank claims of the tables of places in `doc`; `rankingOf` gives the ranking named near a cell (its scope the cell's row,
 * header and caption), or undefined.
 */
const labelCache = new VersionMemo<AnalysedDocument, Set<number>>();

/**
 * The segments that label places in a table of places ("| 1st | BGS | CIL |" under "| Place | 2022 | 2024 |", or its
 * header "| Edition | First | Second |"): a place there is a column's or row's label, no one's claim.
 */
export function placeLabels(doc: AnalysedDocument): Set<number> {
  let labels = labelCache.get(doc);
  if (!labels) {
    labels = new Set();
    for (const table of doc.tables) for (const i of shapeOf(doc, table)?.labels ?? []) labels.add(i);
    labelCache.set(doc, labels);
  }
  return labels;
}

/** Whether a table is a table of places, and the segments of its place labels. */
function shapeOf(doc: AnalysedDocument, table: AnalysedTable): { placesAcross: boolean; labels: number[] } | undefined {
  const header = table.cells[0];
  if (!header || header.length < 2 || table.cells.length < 2) return undefined;
  const headTexts = header.map((i) => doc.segments[i]!.text);
  const placesAcross = headTexts.filter((t) => placeOf(t) !== undefined).length >= 2;
  const yearsAcross = headTexts.some((t) => yearOf(t) !== undefined) && placeOf(headTexts[0]!) === undefined;
  if (placesAcross) return { placesAcross, labels: header.filter((i) => placeOf(doc.segments[i]!.text) !== undefined) };
  if (!yearsAcross) return undefined;
  const rowLabels = table.cells.slice(1).map((row) => row[0]).filter((i): i is number => i !== undefined && placeOf(doc.segments[i]!.text) !== undefined);
  // Place labels down the first column and names in the other cells.
  const named = table.cells.slice(1).some((row) => row.slice(1).some((i) => doc.segments[i]!.entities.length > 0));
  return rowLabels.length >= 2 && named ? { placesAcross, labels: rowLabels } : undefined;
}

export function placeTableClaims(doc: AnalysedDocument, dataset: Dataset, rankingOf: (segment: AnalysedSegment, scope: Span[]) => Ranking | undefined, tables: readonly AnalysedTable[] = doc.tables): RankClaim[] {
  const claims: RankClaim[] = [];
  for (const table of tables) claims.push(...tableClaims(doc, dataset, table, rankingOf));
  return claims;
}

function tableClaims(doc: AnalysedDocument, dataset: Dataset, table: AnalysedTable, rankingOf: (segment: AnalysedSegment, scope: Span[]) => Ranking | undefined): RankClaim[] {
  const header = table.cells[0];
  if (!header || header.length < 2 || table.cells.length < 2) return [];
  const seg = (i: number | undefined) => (i === undefined ? undefined : doc.segments[i]);
  const headTexts = header.map((i) => doc.segments[i]!.text);
  const columnPlaces = headTexts.map(placeOf);
  const columnYears = headTexts.map(yearOf);
  const shape = shapeOf(doc, table);
  if (!shape) return [];
  const { placesAcross } = shape;
  const cues = [seg(table.caption), ...header.map((i) => doc.segments[i])];
  const first = seg(header[0]);
  const heading = first?.heading !== undefined ? doc.segments[first.heading] : undefined;
  if ([...cues, heading].some((s) => s && NOT_PUBLISHED.test(s.text))) return [];
  const claims: RankClaim[] = [];
  for (const row of table.cells.slice(1)) {
    const label = seg(row[0]);
    if (!label) continue;
    const cells: Array<{ segment: AnalysedSegment; place: number; year: number }> = [];
    if (placesAcross) {
      // "| 2018 | SAGIC | SMGL | BSEI |" under "| Edition | First | Second | Third |".
      const year = yearOf(label.text);
      if (year === undefined || (!EDITION_LABEL.test(headTexts[0]!) && columnPlaces[0] !== undefined)) continue;
      row.forEach((i, column) => {
        const place = columnPlaces[column];
        if (column > 0 && place !== undefined) cells.push({ segment: doc.segments[i]!, place, year });
      });
    } else {
      // "| 1st | KCOD | NIMR |" under "| Place | 2023 | 2024 |".
      const place = placeOf(label.text);
      if (place === undefined) continue;
      row.forEach((i, column) => {
        const year = columnYears[column];
        if (column > 0 && year !== undefined) cells.push({ segment: doc.segments[i]!, place, year });
      });
    }
    if (!cells.length) continue;
    const scope = [label, ...cues].filter((s): s is AnalysedSegment => !!s).map((s) => ({ start: s.start, end: s.end }));
    const ranking = rankingOf(cells[0]!.segment, scope);
    if (!ranking) continue;
    const ranked = rankedEntities(ranking);
    // "| 2021 | ARO | BGS and DFI | EPS |": a shared place moves every place after it; the row is not read.
    if (cells.some((c) => c.segment.entities.length > 1 || SHARED.test(c.segment.text))) continue;
    const named = cells.map((c) => ({ ...c, entity: nameCell(doc.text, c.segment, ranked) }));
    // "| 2022 | KCOD | KCOD |" or a tie written into one cell: not one place per name.
    const ids = named.map((c) => c.entity).filter((id) => id !== undefined);
    if (new Set(ids).size !== ids.length) continue;
    for (const c of named) {
      if (!c.entity || !ranking.editions.some((e) => e.year === c.year && !e.hypothetical)) continue;
      const mention = c.segment.entities[0]!;
      const token = plainToken(mention.start, mention.end, doc.text.slice(mention.start, mention.end), c.place);
      claims.push({ token, segment: c.segment, ranking, entity: c.entity, year: c.year, method: undefined, hypothetical: false, word: true });
    }
  }
  return claims;
}
