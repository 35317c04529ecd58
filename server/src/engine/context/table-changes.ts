// Reads changes stated in tables: a row's endpoints (two year columns, or "287 → 638" in one cell) with its change, difference and CAGR cells, and year-by-year rows.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { namedBaseColumns, single, TOTAL_LABEL } from './tables.js';
import type { GrowthStatement, YearEvidence } from './growth.js';

type ColumnRole = 'change' | 'points' | 'cagr' | 'conventional-rate';

/** What a column's header says its cells are; undefined for anything else. */
function columnRole(header: string): ColumnRole | undefined {
  if (/\bCAGR\b|compound|annuali[sz]ed/i.test(header)) return 'cagr';
  // "p.a." ends in a dot: no word boundary after it (acc-rate: "Growth p.a." was read as a total change).
  if (/\b(?:per year|a year|each year|per annum|p\.\s?a\.(?!\w)|\/\s?yr\b|annual(?:ly)?\b|yearly\b|avg\.?\s+annual|average annual)/i.test(header)) return 'conventional-rate';
  if (/\b(?:pp|p\.p\.|percentage points?|points?|pts)\b/i.test(header)) return 'points';
  if (/\bchange\b|\bgrowth\b|\bincrease\b|\bdecrease\b|\bdecline\b|Δ|\bdiff(?:erence)?\b|\bvs\.?\b/i.test(header)) return 'change';
  return undefined;
}

/** Header words that make a change column another quantity or scenario: "Per vessel, change", "Real change", "CAGR (target)". */
const OTHER_COLUMN = /\b(?:real|inflation[- ]adjusted|deflated|nominal|constant|per[- ](?!(?:year|annum|cent|centum)\b)[\p{L}]+|per\s+head|target|goal|forecast|projected|projection|planned|required|needed|scenario|national|regional|sector|benchmark|peers?(?![-‑\s]+review)|volume|price)\b/iu;

function otherColumn(header: AnalysedSegment): boolean {
  return OTHER_COLUMN.test(header.text);
}

const RANK_HEADER = /\b(?:rank|ranks|ranking|place|position|placing|standing)\b/i;

/** A row label that gives percent as the row's unit: "Bed occupancy (%)", "Share of foreign visitors, %". */
const PERCENT_ROW_LABEL = /\(\s*%\s*\)|,\s*%\s*$|\((?:per\s?cent|percent)\)|\bin\s+(?:per\s?cent|percent|%)\b/i;
const POINTS_CELL = /\d\s*(?:pts?\b|points?\b|pp\b|p\.\s?p\.)/i;

/** A header that gives its cells' unit as percent: "Change (%)", "Growth, %", "% change", "Change in per cent". */
const PERCENT_UNIT = /\(\s*%\s*\)|\[\s*%\s*\]|,\s*%\s*$|^\s*%\s|\bper\s?cent\b/i;

/** A header cell that names one time — a year ("2015", "Share 2025 (%)") or a period ("2015–2019") — and what else it says. */
function headerTime(cell: AnalysedSegment | undefined): { start: number; end: number; rest: string; spans: Span[] } | undefined {
  if (!cell) return undefined;
  const years = cell.tokens.filter((t) => t.yearLike);
  const others = cell.tokens.filter((t) => !t.yearLike);
  if (others.length > 0) return undefined;
  const range = cell.ranges.find((r) => r.from.yearLike && r.to.yearLike);
  if (range && years.length === 2) return { start: range.from.value, end: range.to.value, rest: restOf(cell, range), spans: [range] };
  if (years.length === 1 && cell.ranges.length === 0) return { start: years[0]!.value, end: years[0]!.value, rest: restOf(cell, years[0]!), spans: [years[0]!] };
  return undefined;
}

/** A mark of a year's status after it: "2025 (p)", "2024 (est.)", "2025*" — the year is the column's all the same. */
const YEAR_STATUS_MARK = /^\s*(?:\(\s*(?:p|e|r|est|prov|provisional|prel|prelim|preliminary|revised|estimated?)\.?\s*\)|\*{1,2}(?!\*)|(?:provisional|preliminary|estimated?)\b)/i;

function restOf(cell: AnalysedSegment, span: Span): string {
  return (cell.text.slice(0, span.start - cell.start) + cell.text.slice(span.end - cell.start).replace(YEAR_STATUS_MARK, '')).replace(/\s+/g, ' ').trim().toLowerCase();
}

function yearOf(cell: AnalysedSegment | undefined): NumberToken | undefined {
  const tokens = cell?.tokens ?? [];
  return tokens.length === 1 && tokens[0]!.yearLike ? tokens[0] : undefined;
}

/** A header's period ("2015 → 2024") is the row's own: as certain as years in the sentence. */
function headerPeriod(cell: AnalysedSegment | undefined): YearEvidence | undefined {
  const range = cell?.ranges.find((r) => r.from.yearLike && r.to.yearLike);
  return range ? { from: range.from.value, to: range.to.value, source: 'sentence', spans: [range] } : undefined;
}

function blank(segment: AnalysedSegment, sentence: Span, initial: NumberToken, final: NumberToken, years: YearEvidence | undefined): GrowthStatement {
  return { segment, sentence, initial, final, years, cagr: [], change: [], points: [], absolute: [], multiples: [], conventionalRates: new Set(), declines: new Set(), combined: false };
}

/** Places a stated cell under its column's role; a change column of signed plain numbers holds differences, unless its header says "%". */
function place(statement: GrowthStatement, role: ColumnRole, stated: NumberToken, percentHeader: boolean): void {
  if (role === 'cagr' || role === 'conventional-rate') {
    if (stated.kind !== 'percent' && !(percentHeader && stated.kind === 'plain')) return;
    statement.cagr.push(stated);
    if (role === 'conventional-rate') statement.conventionalRates.add(stated);
  } else if (role === 'points') {
    // A column headed "pp" or "points" says its endpoints are percentages, written with or without "%".
    if (statement.initial.kind !== 'currency' && (stated.kind === 'plain' || stated.kind === 'percent')) statement.points.push(stated);
  } else if (stated.kind === 'percent' || (percentHeader && stated.kind === 'plain')) {
    // "Change (%)", "Growth, %", "% change": the header gives the cells' unit, so "+54.3" is a percent change, never a difference.
    if (percentHeader && stated.kind === 'plain' && statement.initial.kind === 'percent') return;
    statement.change.push(stated);
  } else if (stated.kind === statement.initial.kind && stated.style.sign !== '' && stated.kind === 'plain') {
    statement.absolute.push(stated);
  }
}

/** Words right after a change cell's figure that make it a rate a year: "| 165 | 201 | 3.2% a year |" under "Growth". */
const RATE_AFTER_CELL_FIGURE = /^\s*(?:(?:a|per|each)\s+year\b|per\s+annum\b|p\.\s?a\.(?!\w)|\/\s?y(?:ea)?r\b|annually\b|(?:a\s+year\s+)?compound(?:ed)?\b|CAGR\b)/i;

/** A change column's cell that says it is an annual rate ("3.2% a year", "2.2% CAGR") is read as that rate. */
function cellRole(cell: AnalysedSegment, stated: NumberToken, role: ColumnRole): ColumnRole {
  if (role !== 'change') return role;
  const after = RATE_AFTER_CELL_FIGURE.exec(cell.text.slice(stated.end - cell.start));
  if (!after) return role;
  return /compound|CAGR/i.test(after[0]) ? 'cagr' : 'conventional-rate';
}

/**
 * Statements read from tables. Per row: the endpoints are two cells under year headers (earlier → later) or one
 * "A → B" cell; every other cell under a change, points or CAGR header is checked against them. In a table whose
 * rows are consecutive years, a change cell is checked against the row above.
 */
export function tableStatements(doc: AnalysedDocument, cellStatements: GrowthStatement[]): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  const arrowsByCell = new Map<AnalysedSegment, GrowthStatement>();
  for (const s of cellStatements) if (!s.initialYear) arrowsByCell.set(s.segment, s);
  for (const table of doc.tables) {
    const header = (table.cells[0] ?? []).map((i) => doc.segments[i]!);
    const rows = table.cells.slice(1).map((r) => r.map((i) => doc.segments[i]!));
    const roles = header.map((h) => columnRole(h.text));
    // A change or rate column whose header speaks of another measure, scenario or period is not the endpoints' (acc-rate).
    const refused = header.map((h) => roles[header.indexOf(h)] !== undefined && otherColumn(h));
    const percentHeaders = header.map((h) => PERCENT_UNIT.test(h.text));
    if (!roles.some((r) => r !== undefined)) continue;
    // The endpoint columns: the one pair of columns headed alike but for their time ("2015 | 2024", "Share 2015 (%) | Share 2025 (%)").
    const times = header.map((h, c) => (roles[c] === undefined ? headerTime(h) : undefined));
    const groups = new Map<string, number[]>();
    times.forEach((t, c) => t && groups.set(t.rest, [...(groups.get(t.rest) ?? []), c]));
    const pairs = [...groups.values()].filter((cs) => cs.length === 2);
    // "| Sweden-linked papers 2015 | 2024 |": the measure named once, over the first of two adjacent year columns.
    const timed = times.flatMap((t, c) => (t ? [c] : []));
    if (pairs.length === 0 && timed.length === 2 && timed[1] === timed[0]! + 1 && times[timed[1]!]!.rest === '' && times[timed[0]!]!.start < times[timed[1]!]!.start) pairs.push(timed);
    // "| ARII 2025 | ARII 2024 | Change |", "| Rank 2024 | Rank 2025 | Δ |": a change of places may count places gained (+1 for
    // third to second) or the difference of the figures; neither is certain, so places are not endpoints.
    const ofPlaces = (cs: readonly number[]) => cs.some((c) => header[c]!.rankings.length > 0 || RANK_HEADER.test(header[c]!.text));
    // "| Trips 2015 | Trips 2024 | Change | ECCI 2017 | ECCI 2024 |" with "+32.5%" under Change: a percent change is no
    // change of places, so the one pair of columns of quantities holds its endpoints.
    const percentChanges = roles.every((r, c) => r === undefined || rows.every((row) => row[c] === undefined || single(row[c])?.kind !== 'plain'));
    // "| Rank 2024 | Festival | Score 2024 | Score 2023 | Change | Rank 2023 |" with "+0.8" under Change: a change with
    // decimals in every row is no count of places gained either.
    const fractionalChanges = roles.every((r, c) => r === undefined || rows.every((row) => row[c] === undefined || (single(row[c])?.decimals ?? 0) > 0));
    if (pairs.length === 2 && (percentChanges || fractionalChanges) && pairs.filter(ofPlaces).length === 1) pairs.splice(0, 2, pairs.find((cs) => !ofPlaces(cs))!);
    const placeColumns = pairs.length === 1 && ofPlaces(pairs[0]!);
    const yearColumns = pairs.length === 1 && !placeColumns ? pairs[0]!.map((c) => ({ c, time: times[c]! })).sort((a, b) => a.time.start - b.time.start) : [];
    const period = header.map(headerPeriod).find((p) => p !== undefined);
    // "| Loans 2015 | Loans 2024 | Change | Visits 2024 | Change on 2015 |": a change column after a column of figures that is
    // neither of the endpoints nor a change or rate is that column's change (its base not in the table), not the pair's.
    const pairEnd = yearColumns.length === 2 ? Math.max(yearColumns[0]!.c, yearColumns[1]!.c) : -1;
    // (A column of shares in between, "Share of 2025 grants (%)", is derived from the pair, no other measure.)
    const afterOtherFigures = (c: number) => c > pairEnd && header.some((h, k) => k > pairEnd && k < c && roles[k] === undefined && !/share|%|per ?cent|proportion/i.test(h.text) && rows.some((row) => single(row[k]) !== undefined));
    const ofOtherColumn = header.map((h, c) => roles[c] !== undefined && yearColumns.length === 2 && (namesAnotherMeasure(h.text, times, yearColumns.map((y) => y.c)) || afterOtherFigures(c)));
    for (const row of rows) {
      if (row.length === 0) continue;
      const rowSpan = { start: row[0]!.start, end: row[row.length - 1]!.end };
      let statement: GrowthStatement | undefined;
      // "| Share 2015 (%) | 2024 (%) | Change (pts) | BDHTS rank 2018 → 2024 |" over "| 68.4 | 97.1 | +28.7 | 2 → 1 |": a
      // move of places is no endpoint pair of the row's changes (places are not endpoints, as above).
      const arrow = row.map((cell) => arrowsByCell.get(cell)).find((s) => s !== undefined && !ofPlaces([row.indexOf(s.segment)]));
      if (arrow) {
        statement = arrow;
        const own = headerPeriod(header[row.indexOf(arrow.segment)]) ?? period;
        if (own) statement.years = { ...own, source: 'sentence' };
      } else if (yearColumns.length === 2) {
        const [a, b] = yearColumns as [(typeof yearColumns)[0], (typeof yearColumns)[0]];
        const initial = single(row[a.c]);
        const final = single(row[b.c]);
        if (!initial || !final || initial.kind !== final.kind || initial.yearLike || final.yearLike) continue;
        // Periods give no year count for a CAGR; single years do.
        const years: YearEvidence | undefined = a.time.start === a.time.end && b.time.start === b.time.end ? { from: a.time.start, to: b.time.start, source: 'sentence', spans: [...a.time.spans, ...b.time.spans] } : undefined;
        statement = blank(row[a.c]!, rowSpan, initial, final, years);
        // A Total row whose parts add up to other endpoints: a change computed from the parts' sums is not the change's error.
        const parts = totalRowParts(rows, row, a.c, b.c);
        if (parts && (parts.initial !== initial.value || parts.final !== final.value)) statement.alternatives = [parts];
        found.push(statement);
      }
      if (!statement) continue;
      const endpointYears = statement.years ? new Set([statement.years.from, statement.years.to]) : undefined;
      row.forEach((cell, c) => {
        const role = roles[c];
        const stated = single(cell);
        if (!role || !stated || stated === statement!.initial || stated === statement!.final || refused[c] || ofOtherColumn[c]) return;
        // "Change 2019–24" beside "2015 | 2024": a header's years must be the endpoints' own.
        const own = header[c]!.tokens.filter((t) => t.yearLike);
        if (own.length > 0 && (!endpointYears || own.some((y) => !endpointYears.has(y.value)))) return;
        // "+5 pts" in a change column of counts: a points cell speaks of percentages, never of these endpoints; in a
        // row whose label gives percent as its unit ("| Bed occupancy (%) | 69.1 | 79.6 | +11.5 pts |") it is the
        // difference of the row's percentages.
        if (role !== 'points' && statement!.initial.kind !== 'percent' && POINTS_CELL.test(cell.text)) {
          if (c > 0 && statement!.initial.kind === 'plain' && PERCENT_ROW_LABEL.test(row[0]?.text ?? '')) place(statement!, 'points', stated, percentHeaders[c]!);
          return;
        }
        place(statement!, cellRole(cell, stated, role), stated, percentHeaders[c]!);
      });
    }
    if (pairs.length >= 2 && !pairs.some(ofPlaces)) found.push(...groupedColumns(header, rows, roles, refused, times, pairs, percentHeaders));
    if (yearColumns.length !== 2 && !placeColumns) found.push(...ownPeriodColumns(header, rows, roles, refused, times, percentHeaders, ofPlaces));
    if (yearColumns.length !== 2) found.push(...namedBaseChanges(header, rows, roles, refused, percentHeaders));
    found.push(...yearByYear(header, rows, roles, percentHeaders));
  }
  return found;
}

/** The words a change header opens with before its change word: "Energy use" in "Energy use, change since 2015 (%)". */
const MEASURE_BEFORE_CHANGE = /^\s*([\p{L}][\p{L}\s'-]*?)[\s,:;–-]*\b(?:change|growth|increase|decrease|decline|diff(?:erence)?|CAGR|compound|annual|per year|pp|points?|pts)\b/iu;

/**
 * "| Snowmaking 2015 (%) | Snowmaking 2024 (%) | Change (pts) | Energy use 2024 (GWh) | Energy use, change since 2015 (%) |",
 * "| Admissions 2019 | Admissions 2024 | … | Box office change since 2019 |": a change column whose header names a measure
 * that no endpoint column names is that measure's change, whether or not a column of the table gives it.
 */
function namesAnotherMeasure(headerText: string, times: ReadonlyArray<ReturnType<typeof headerTime>>, endpoints: readonly number[]): boolean {
  const measure = (MEASURE_BEFORE_CHANGE.exec(headerText) ?? MEASURE_BEFORE_BASE.exec(headerText))?.[1]?.trim().toLowerCase();
  return measure !== undefined && !GENERIC_CHANGE_QUALIFIER.test(measure) && !endpoints.some((c) => times[c]!.rest.includes(measure));
}

/** The words a header opens with before the base it compares with: "Admissions" in "Admissions vs 2019". */
const MEASURE_BEFORE_BASE = /^\s*([\p{L}][\p{L}\s'-]*?)[\s,:;–-]*\b(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s/iu;

/** Words before a change word that name no measure: "Total change", "Net change", "% change", "Year-on-year growth". */
const GENERIC_CHANGE_QUALIFIER = /^(?:total|net|overall|relative|absolute|nominal|real|percentage|percent|per\s+cent|%|year[\s-]on[\s-]year|yoy|annual|cumulative|average|avg|the|and|in|of|\s)+$/i;

/** "Change vs baseline", "Growth on plan": the column a change header measures from. */
const CHANGE_FROM_COLUMN = /\b(?:vs\.?|versus|against|over|on|from)\s+(?:the\s+)?(\p{L}+)/iu;

/**
 * "| Baseline | Target | Actual | Change vs baseline |": a change column whose header names the column it measures from
 * takes that column as its start and the one column headed "Actual" as its end, row by row.
 */
function namedBaseChanges(header: AnalysedSegment[], rows: AnalysedSegment[][], roles: Array<ColumnRole | undefined>, refused: boolean[], percentHeaders: boolean[]): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  header.forEach((h, c) => {
    if (roles[c] !== 'change' || refused[c]) return;
    const columns = header.map((_, k) => k).filter((k) => k > 0 && k !== c && roles[k] === undefined);
    const pair = namedBaseColumns(header, columns, h.text, CHANGE_FROM_COLUMN);
    if (!pair) return;
    const [base, actual] = pair;
    for (const row of rows) {
      const initial = single(row[base]);
      const final = single(row[actual]);
      const stated = single(row[c]);
      if (!initial || !final || !stated || initial.kind !== final.kind || initial.yearLike || final.yearLike || POINTS_CELL.test(row[c]!.text)) continue;
      const statement = blank(row[base]!, { start: row[0]!.start, end: row[row.length - 1]!.end }, initial, final, undefined);
      place(statement, 'change', stated, percentHeaders[c]!);
      found.push(statement);
    }
  });
  return found;
}

/**
 * "| 2019 | 2024 | 2025 | 2025 vs 2019 | Change 2024–25 |": with more than two year columns, a change or rate column whose
 * header names two years takes the two year columns headed by exactly those years as its endpoints, row by row.
 */
function ownPeriodColumns(
  header: AnalysedSegment[],
  rows: AnalysedSegment[][],
  roles: Array<ColumnRole | undefined>,
  refused: boolean[],
  times: Array<ReturnType<typeof headerTime>>,
  percentHeaders: boolean[],
  ofPlaces: (columns: readonly number[]) => boolean,
): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  header.forEach((h, c) => {
    const role = roles[c];
    if (!role || refused[c]) return;
    const years = [...new Set(h.tokens.filter((t) => t.yearLike).map((t) => t.value))].sort((a, b) => a - b);
    if (years.length !== 2 || h.tokens.some((t) => !t.yearLike)) return;
    // The endpoint columns: each headed by one of the years alone, alike but for it.
    const columnOf = (year: number) => times.flatMap((t, k) => (t && t.start === year && t.end === year ? [k] : []));
    const pairs = columnOf(years[0]!).flatMap((x) => columnOf(years[1]!).filter((y) => times[x]!.rest === times[y]!.rest).map((y) => [x, y] as const));
    if (pairs.length !== 1) return;
    const [a, b] = pairs[0]!;
    // "| Rank 2024 | Rank 2025 | … | Score change 2024–2025 |": places are no endpoints, and a change of another measure
    // than the endpoint columns' is that measure's.
    if (ofPlaces([a, b]) || namesAnotherMeasure(h.text, times, [a, b])) return;
    const period: YearEvidence = { from: years[0]!, to: years[1]!, source: 'sentence', spans: [...times[a]!.spans, ...times[b]!.spans] };
    // "| 182 | 214 | 214 |": an endpoint that repeats another year's cell of its row may be copied across by mistake.
    const copied = (row: AnalysedSegment[], endpoints: NumberToken[]) => times.some((t, k) => t !== undefined && k !== a && k !== b && t.start === t.end && endpoints.some((e) => single(row[k])?.value === e.value));
    found.push(...columnStatements(rows, a, b, c, role, period, percentHeaders[c]!, copied));
  });
  return found;
}

/** Row by row, the statement from column `a` to column `b` with the cell of column `c` placed under its role. */
function columnStatements(rows: AnalysedSegment[][], a: number, b: number, c: number, role: ColumnRole, period: YearEvidence, percentHeader: boolean, refusedRow: (row: AnalysedSegment[], endpoints: NumberToken[]) => boolean = () => false): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  for (const row of rows) {
    const initial = single(row[a]);
    const final = single(row[b]);
    const stated = single(row[c]);
    if (!initial || !final || !stated || initial.kind !== final.kind || initial.yearLike || final.yearLike) continue;
    const pointsInPercentRow = role !== 'points' && initial.kind === 'plain' && POINTS_CELL.test(row[c]!.text) && PERCENT_ROW_LABEL.test(row[0]?.text ?? '');
    if (role !== 'points' && initial.kind !== 'percent' && POINTS_CELL.test(row[c]!.text) && !pointsInPercentRow) continue;
    if (refusedRow(row, [initial, final])) continue;
    const statement = blank(row[a]!, { start: row[0]!.start, end: row[row.length - 1]!.end }, initial, final, period);
    place(statement, pointsInPercentRow ? 'points' : role, stated, percentHeader);
    found.push(statement);
  }
  return found;
}

/**
 * "| Journeys 2024 | Journeys 2025 | Change | Punctuality 2024 | Punctuality 2025 | Change (pts) |": a table of column
 * groups, each a pair of columns alike but for their year with its change column right after it. Each change, points
 * or rate column whose header names no year of its own takes the two columns right before it, when they are such a pair.
 */
function groupedColumns(header: AnalysedSegment[], rows: AnalysedSegment[][], roles: Array<ColumnRole | undefined>, refused: boolean[], times: Array<ReturnType<typeof headerTime>>, pairs: number[][], percentHeaders: boolean[]): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  header.forEach((h, c) => {
    const role = roles[c];
    if (!role || refused[c] || h.tokens.some((t) => t.yearLike)) return;
    const pair = pairs.find(([x, y]) => x === c - 2 && y === c - 1);
    if (!pair) return;
    const [a, b] = [...pair].sort((x, y) => times[x]!.start - times[y]!.start) as [number, number];
    const [ta, tb] = [times[a]!, times[b]!];
    if (ta.start !== ta.end || tb.start !== tb.end || ta.start >= tb.start) return;
    const period: YearEvidence = { from: ta.start, to: tb.start, source: 'sentence', spans: [...ta.spans, ...tb.spans] };
    found.push(...columnStatements(rows, a, b, c, role, period, percentHeaders[c]!));
  });
  return found;
}

/** "| 2021 | 589 | +5.7% |": rows labelled by consecutive years, one value column, a change column against the row above. */
function yearByYear(header: AnalysedSegment[], rows: AnalysedSegment[][], roles: Array<ColumnRole | undefined>, percentHeaders: boolean[]): GrowthStatement[] {
  const changeColumn = roles.findIndex((r) => r === 'change');
  if (changeColumn === -1 || roles.filter((r) => r !== undefined).length !== 1) return [];
  // "Change vs 2019" measures every row against one base year, not against the row above.
  if (header[changeColumn]!.tokens.length > 0) return [];
  // A closing "Total" or "Total 2021–2025" row sums the column; it is no year of the series.
  const last = rows[rows.length - 1];
  if (last && /^\W*(?:total|sum|all years)\b/i.test(last[0]?.text ?? '')) rows = rows.slice(0, -1);
  if (rows.length === 0 || !rows.every((r) => yearOf(r[0]) !== undefined)) return [];
  const valueColumns = header.map((_, c) => c).filter((c) => c > 0 && c !== changeColumn && rows.every((r) => single(r[c]) !== undefined || (r[c]?.text.trim() ?? '') === ''));
  if (valueColumns.length !== 1) return [];
  const value = valueColumns[0]!;
  const found: GrowthStatement[] = [];
  for (let r = 1; r < rows.length; r++) {
    const year = yearOf(rows[r]![0]);
    const previousYear = yearOf(rows[r - 1]![0]);
    if (!year?.yearLike || !previousYear?.yearLike || year.value !== previousYear.value + 1) continue;
    const initial = single(rows[r - 1]![value]);
    const final = single(rows[r]![value]);
    const stated = single(rows[r]![changeColumn]);
    const percent = stated?.kind === 'percent' || (stated?.kind === 'plain' && percentHeaders[changeColumn] && initial?.kind !== 'percent');
    if (!initial || !final || !stated || !percent || initial.kind !== final.kind || initial.yearLike || final.yearLike) continue;
    const s = blank(rows[r]![value]!, { start: rows[r]![0]!.start, end: rows[r]![rows[r]!.length - 1]!.end }, initial, final, { from: previousYear.value, to: year.value, source: 'sentence', spans: [previousYear, year] });
    s.change.push(stated);
    found.push(s);
  }
  return found;
}


/** The sums of the other rows' cells in the two endpoint columns, for a row labelled as a total (acc-rate). */
function totalRowParts(rows: AnalysedSegment[][], row: AnalysedSegment[], a: number, b: number): { initial: number; final: number } | undefined {
  if (!TOTAL_LABEL.test(row[0]?.text ?? '')) return undefined;
  const parts = rows.filter((r) => r !== row && !TOTAL_LABEL.test(r[0]?.text ?? ''));
  if (parts.length < 2) return undefined;
  let initial = 0;
  let final = 0;
  for (const r of parts) {
    const x = single(r[a]);
    const y = single(r[b]);
    if (!x || !y || x.yearLike || y.yearLike || x.kind === 'percent') return undefined;
    initial += x.value;
    final += y.value;
  }
  return { initial, final };
}
