// Rule rank-years: the year span of a rank claim ("first from 2017 to 2024") must match the editions that hold it.
import type { Span } from '../markdown/facts.js';
import type { RangeToken } from '../numbers.js';
import { editionFor, rankClaims, rankingsNamedDigest, statedRank, type RankClaim } from '../context/rank-claims.js';
import type { RankPeriod } from '../context/rank-periods.js';
import type { Rule, RuleContext } from './rule.js';
import { sentenceOf } from '../context/spans.js';
import { understatedRun } from '../context/rank-run-bounds.js';

export const rankYears: Rule = {
  id: 'rank-years',
  docs: {
    description: 'The year span of a rank claim does not match the ranking’s editions.',
    details:
      'For "ranked first from 2017 to 2024" (also "2017–24", "from 2017 through 2024", "since 2022", "every edition since 2022", "from 2022 onwards", "since its first edition", "in 2022, 2023 and 2024", "in the last three editions" when the sentence names no other year; "in every edition" with no year in its clause, no year label before it and no year in its paragraph or the headings above, all the ranking\'s editions, unless words after it narrow the run, "but one", "except 2023"; "last place" and "the bottom of the table" where every edition is complete and of one size) every year must have an edition (for "from 2018 until 2022", which may leave 2022 out, a finding only when both readings fail) (under the method the text speaks of) in which the entity holds that rank. A counted run ("for eight consecutive years", "five straight editions", "eight editions in a row", "for the third consecutive year", "a three-year run") is checked against the run of editions ending at its stated end ("up to and including 2024", "before 2025", the sentence\'s year — not a span of an earlier clause, “last from 2017 to 2022, has ranked seventh for two years” — or the latest edition for "has led…"); with no end, only when no run of editions is that long. A count set after a run with an end year ("in every edition up to 2024, for nine consecutive years") is checked as a run ending at that year, which may go on after it. "In the top three since…" is checked edition by edition; "its only top-ten finish since 2019" singles out one placing and is no run. A written span whose every year holds but which stops one edition short of the run ("first in every edition from 2018 to 2024" when it was first in 2017 too) is reported as cutting the run short, unless the sentence makes it a window of its own ("during the programme, from 2021 to 2023", "between 2020 and 2023", "and beyond"). A run the sentence\'s edition ends ("climbed to seventh after four years in last place", "…, ending four years in last place") is checked as the run of editions before it; one that nothing says was left just before ("third in 2023, its best result yet, after six editions in fourth place") only as a run somewhere before it; and a place coordinated after another with its verb left out ("first in 2025, and first every year since 2022") is read as a claim of its own. The message names the years that fail; for a written span, the span the dataset supports is offered as a suggestion, since the author may have meant another rank instead. An edition that does not list the entity says nothing of a place below those it lists (“fourth” in an edition whose coverage is its first place only): such a year is neither held nor wrong, and a span made only of known years and such years draws no finding. A relative clause after a name the dataset does not know (“taking over from Nordic Fibre, which held first place from 2017 to 2020”) is not given to a known name before it.',
    failing: 'Tokyo–Yokohama ranked first in the GII cluster ranking from 2016 to 2024.\n',
    passing: 'Tokyo–Yokohama ranked first in the GII cluster ranking from 2017 to 2024.\n',
  },
  defaultSeverity: 'error',
  hasSuggestions: true,
  fixable: false,
  tags: ['rankings', 'dataset'],
  supersedes: ['unverified'],
  // Reads the rank claims alone: section-bound as the rank rule is, on the same readings.
  bySection: { globals: (doc, dataset) => rankingsNamedDigest(doc, dataset) },
  check(context) {
    // "which would make it second in every edition from 2020 to 2024": a counterfactual run is checked against
    // counterfactual editions, and only where each of its years has one.
    const claims = rankClaims(context.doc, context.dataset, context.scope).filter((c) => !c.hypothetical || counterfactualCovers(c));
    checkSpans(context, claims.filter((c) => c.span && !c.top));
    for (const claim of claims) {
      if (claim.period) checkPeriod(context, claim, claim.period);
      if (claim.counted) checkPeriod(context, claim, claim.counted);
      else if (claim.years) checkListedYears(context, claim, claim.years);
    }
  },
};

/** "first from 2017 to 2024": every year of the span must hold the rank. */
function checkSpans(context: RuleContext, withSpan: RankClaim[]): void {
  // One span read by several ranks ("2017–2025: 1st … 2nd …" in one line) belongs to none of them.
  const ranksBySpan = new Map<number, Set<number>>();
  for (const c of withSpan) ranksBySpan.set(c.span!.start, (ranksBySpan.get(c.span!.start) ?? new Set()).add(c.token.value));
  const done = new Set<number>();
  for (const claim of withSpan) {
    const span = claim.span!;
    if (ranksBySpan.get(span.start)!.size > 1 || done.has(span.start)) continue;
    done.add(span.start);
    const from = span.from.value;
    const to = span.to.value;
    if (to < from || to - from > 100) continue;
    const { problems, holding, years, unknown } = judgeYears(claim, range(from, to));
    const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
    if (problems.length === 0 && unknown.length > 0) continue;
    if (problems.length === 0) {
      if (!claim.hypothetical && !claim.top) reportUnderstated(context, claim, span, name);
      else context.verified(span);
      continue;
    }
    const run = longestRun(holding);
    const suggestion = run ? `${run[0]}${span.joiner}${run[1]}` : undefined;
    context.report({
      range: { start: span.start, end: span.end },
      message: `${name} is said to rank ${statedRank(claim)} in ${span.text}, but ${problems.join('; ')}.${suggestion ? ` The dataset supports ${suggestion}.` : ''}`,
      stated: span.text,
      expected: suggestion,
      reason: `ranking ${claim.ranking.id}: editions ${years.join(', ')}`,
      related: [{ range: { start: claim.token.start, end: claim.token.end }, message: `rank ${statedRank(claim)}` }],
      ...(suggestion ? { suggestions: [{ title: `Change the span to ${suggestion}`, edits: [{ range: { start: span.start, end: span.end }, newText: suggestion }] }] } : {}),
    });
  }
}

/** "first in every edition from 2018 to 2024" when it was first in 2017 too: the span cuts the run short. */
function reportUnderstated(context: RuleContext, claim: RankClaim, span: RangeToken, name: string): void {
  const official = officialYears(claim);
  const run = understatedRun(context.doc.text, sentenceOf(claim.segment, span.start), span, official, (year) => {
    // Only an official edition carries a run on: "the old method" picks a counterfactual one for a year that had none.
    const edition = editionFor(claim.ranking, year, claim.method, false);
    if (!edition || edition.hypothetical) return undefined;
    const entry = edition.ranks.find((r) => r.entity === claim.entity);
    return entry ? holds(claim, entry.rank) : undefined;
  });
  if (!run) return context.verified(span);
  const whole = `${run.from}${span.joiner}${run.to}`;
  const years = (first: number, last: number) => `it held it in ${first === last ? first : `${first}–${last}`} too`;
  const cut = [run.from < span.from.value ? years(run.from, span.from.value - 1) : '', run.to > span.to.value ? years(span.to.value + 1, run.to) : ''].filter(Boolean).join(' and ');
  context.report({
    range: { start: span.start, end: span.end },
    message: `${name} is said to rank ${statedRank(claim)} in ${span.text}, but the run is longer: ${cut}, so it ranks ${statedRank(claim)} in every edition from ${run.from} to ${run.to} (${claim.ranking.label}). A span that stops short of the run reads as its start or end.`,
    stated: span.text,
    expected: whole,
    reason: `ranking ${claim.ranking.id}: ${claim.entity} holds rank ${claim.token.value} in ${run.from}–${run.to} (editions ${official.join(', ')})`,
    related: [{ range: { start: claim.token.start, end: claim.token.end }, message: `rank ${statedRank(claim)}` }],
    suggestions: [{ title: `Change the span to ${whole}`, edits: [{ range: { start: span.start, end: span.end }, newText: whole }] }],
  });
}

/** "1st in 2022 and 2023": each listed year must hold the rank. */
function checkListedYears(context: RuleContext, claim: RankClaim, listed: number[]): void {
  const { problems } = judgeYears(claim, listed);
  if (problems.length === 0) return context.verified(claim.token);
  report(context, claim, claim.token, `in ${listed.join(', ')}`, problems);
}

/** "since 2022", "for eight consecutive editions (up to 2024)": the run of editions holding the rank. */
function checkPeriod(context: RuleContext, claim: RankClaim, period: RankPeriod): void {
  const official = officialYears(claim);
  if (period.from !== undefined && period.to !== undefined) {
    const { problems } = judgeYears(claim, range(period.from, period.to));
    if (problems.length === 0) return context.verified(period);
    // "first from 2018 until 2022, when DNWS overtook it": "until" may leave its year out; wrong only when both readings are.
    if (/\b(?:until|till)\b/i.test(period.text) && period.to > period.from && judgeYears(claim, range(period.from, period.to - 1)).problems.length === 0) return;
    return report(context, claim, period, period.text, problems);
  }
  if (period.count === undefined) return;
  const runs = runsOf(claim, official);
  if (!runs) return;
  if (period.to !== undefined) {
    const last = Math.max(...official.filter((y) => y <= period.to!));
    // The run that holds at the stated end, counted up to that end (it may go on after it: "eight years up to 2024").
    const run = runs.find((r) => r[0] <= last && last <= r[1]);
    const length = run ? official.filter((y) => y >= run[0] && y <= last).length : 0;
    if (length === period.count) return context.verified(period);
    const held = run ? `it holds that rank in the ${length} editions ${run[0]}–${last}` : `it does not hold that rank in ${last}`;
    return report(context, claim, period, period.text, [held]);
  }
  // No end named: certain only when no run of editions is that long.
  const lengths = runs.map((r) => official.filter((y) => y >= r[0] && y <= r[1]).length);
  if (lengths.includes(period.count)) return context.verified(period);
  if (lengths.some((n) => n > period.count!)) return;
  const longest = runs[lengths.indexOf(Math.max(...lengths))];
  report(context, claim, period, period.text, [longest ? (longest[0] === longest[1] ? `it never holds that rank in two editions in a row (it does in ${runs.map((r) => r[0]).join(', ')})` : `its longest run is ${Math.max(...lengths)} editions (${longest[0]}–${longest[1]})`) : 'it never holds that rank']);
}

function report(context: RuleContext, claim: RankClaim, at: Span, said: string, problems: string[]): void {
  const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
  context.report({
    range: { start: at.start, end: at.end },
    message: `${name} is said to rank ${statedRank(claim)} ${said}, but ${problems.join('; ')} (${claim.ranking.label}).`,
    stated: context.doc.text.slice(at.start, at.end),
    reason: `ranking ${claim.ranking.id}: editions ${officialYears(claim).join(', ')}`,
    related: [{ range: { start: claim.token.start, end: claim.token.end }, message: `rank ${statedRank(claim)}` }],
  });
}

function judgeYears(claim: RankClaim, years: number[]): { problems: string[]; holding: number[]; years: number[]; unknown: number[] } {
  const all = [...new Set(claim.ranking.editions.map((e) => e.year))].sort();
  const first = Math.min(...all);
  const problems: string[] = [];
  const holding: number[] = [];
  const unknown: number[] = [];
  for (const year of years) {
    const edition = editionFor(claim.ranking, year, claim.method, claim.hypothetical);
    if (!edition) {
      problems.push(year < first ? `${year}: no edition (the first is ${first})` : `${year}: no edition in the dataset`);
      continue;
    }
    const entry = edition.ranks.find((r) => r.entity === claim.entity);
    // "fourth in 2017" where the edition lists only its first place (coverage 1): not listed says nothing of fourth.
    if (!entry && !claim.top?.outside && (edition.coverage === undefined || claim.token.value > edition.coverage)) {
      unknown.push(year);
      continue;
    }
    // "outside the top five": an entity an edition does not list is outside it, or (a short list) not known to be inside it.
    if ((entry && holds(claim, entry.rank)) || (!entry && claim.top?.outside)) holding.push(year);
    else problems.push(`${year}: ${entry ? `ranked ${entry.rank}` : `not in the top ${edition.coverage ?? edition.ranks.length}`} (${edition.method})`);
  }
  return { problems, holding, years: all, unknown };
}

function counterfactualCovers(claim: RankClaim): boolean {
  const years = claim.span ? range(claim.span.from.value, claim.span.to.value) : claim.period?.from !== undefined && claim.period.to !== undefined ? range(claim.period.from, claim.period.to) : (claim.years ?? []);
  return years.length > 0 && years.every((y) => claim.ranking.editions.some((e) => e.hypothetical && e.year === y));
}

function officialYears(claim: RankClaim): number[] {
  return [...new Set(claim.ranking.editions.filter((e) => !e.hypothetical).map((e) => e.year))].sort();
}

/** Runs of consecutive editions in which the claim's entity holds the claim's rank, as [first year, last year]; undefined when an edition is too short to tell. */
function runsOf(claim: RankClaim, official: number[]): [number, number][] | undefined {
  const runs: [number, number][] = [];
  let open: [number, number] | undefined;
  for (const year of official) {
    const edition = editionFor(claim.ranking, year, claim.method, false);
    const entry = edition?.ranks.find((r) => r.entity === claim.entity);
    // An edition that does not list that many places cannot tell where a run starts or ends.
    if (!entry && (edition?.coverage ?? edition?.ranks.length ?? 0) < claim.token.value) return undefined;
    if ((entry && holds(claim, entry.rank)) || (!entry && claim.top?.outside)) {
      if (open) open[1] = year;
      else runs.push((open = [year, year]));
    } else open = undefined;
  }
  return runs;
}

/** A rank holds a claim: the same place, or for "in the top three" any place down to three. */
function holds(claim: RankClaim, rank: number): boolean {
  if (claim.top?.outside) return rank > claim.top.n;
  return claim.top ? (claim.top.exact ? rank === claim.top.n : rank <= claim.top.n) : rank === claim.token.value;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function longestRun(years: number[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    if (i > 0 && years[i] !== years[i - 1]! + 1) start = years[i];
    if (start !== undefined && (!best || years[i]! - start > best[1] - best[0])) best = [start, years[i]!];
  }
  return best;
}
