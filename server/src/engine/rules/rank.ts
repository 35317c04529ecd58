// Rule rank: a stated rank must match the ranking edition it speaks of (the stated year, else the latest edition).
import { LENT_FIX_POLICY } from '../context/lent-slots.js';
import type { RankingEdition } from '@factlint/schemas';
import { editionFor, rankClaims, rankingsNamedDigest, statedRank, type RankClaim } from '../context/rank-claims.js';
import { formatLike } from '../numbers.js';
import { describeSource } from './describe.js';
import { linkGlobals, reportLinkMismatch } from './dataset-value.js';
import { partnerRankClaims, type PartnerRankClaim } from '../context/partner-ranks.js';
import type { Rule, RuleContext } from './rule.js';
import { linksOfSegments, type ClaimLink } from '../context/links.js';
import { sentenceOf } from '../context/spans.js';
import { rankLinkOwnMeasure } from '../context/dataset-rank-scope.js';

/** A prose rank linked to a rank-valued metric whose clause names that metric and no other measure right after the ordinal. */
function ownMeasure(context: RuleContext, link: ClaimLink): boolean {
  const { segment, token } = link;
  if (segment.kind === 'cell') return true;
  const text = context.doc.text;
  const sentence = sentenceOf(segment, token.start);
  const metric = context.dataset.metrics.get(link.metric);
  const words = new Set([metric?.label ?? '', ...(metric?.phrases ?? [])].flatMap((p) => p.toLowerCase().split(/[^\p{L}-]+/u)).flatMap((w) => [w, w.replace(/s$/, '')]));
  return rankLinkOwnMeasure(text, sentence, token, segment.metrics.filter((m) => m.id === link.metric), segment.tokens.filter((t) => t.kind === 'ordinal' && t.start > token.start), words);
}

export const rank: Rule = {
  id: 'rank',
  docs: {
    description: 'A stated rank differs from the dataset’s ranking edition or rank fact.',
    details:
      'A rank held as a dataset fact of its entity (a metric whose unit is rank) is checked against that fact, its measure read from the words after the ordinal too (“the third-largest market for US goods exports”, “second on the national list of collaboration scores”). A rank ("ranked second", "2nd globally", "#3", "No. 1", "number three", "runner-up", "topped the index", "the top spot", "first place", "third-highest in the GII", "topped it" after the sentence named the ranking ("the index is led by BDRI, which has topped it since 2022"), "led" with no object before a time after the sentence named the ranking ("At the top of the table, Skarvdal has led every year since 2018"), "among the top five", "rounding out the top 10", a plain rank in a table column headed "rank" or under a caption that speaks of places; "came last", "in last place" or "at the bottom of the table" when every edition of the ranking is complete and of one size, never "out of last place" or "second-to-last") is linked to a ranking named nearby (or earlier in the document, when its sentence speaks of placing — "ranked", "came", "finished", or a move to a place: "reached fifth", "slipped to fourth" — or, with one ranking in the dataset, holds two places dated by a year: "second in 2017 and again in 2020, fifth since 2023"; never a ranking named outside its sentence when the sentence gives the figures of a measure that orders the places: "second behind Val Trebbia, with 1,125 thousand passengers against their 1,223 thousand") and read in its own clause: a relative clause ("…, which ranked fourth") speaks of the noun before it; "behind X", "ahead of X", "overtaking X", "than X" name another party, and so does "the runner-up" after a comparison ("2.4 points clear of the runner-up"); a place told with a time of its own in words ("dropped to seventh in the flood year and recovered to sixth in 2024") is not dated by a year of another clause; a place with its own year after a run told for another place ("last in every edition from 2016 to 2019 and 4th in 2024") is not given the run; a table cell whose column is headed by one name ("Lieveland rank") in a row whose other cell names another ("Top of the table: Dordwijk") is given to neither; in "A placed 2nd and B took 1st" each rank has its own subject, and in "A would have been fourth and we would have been eighth" (a clause joined by "and", "but", "while" or a semicolon that opens on a personal pronoun) the second place is the pronoun\'s; in "EMSI, which finished last in most editions, rose to eighth" the clause after the relative clause is EMSI\'s; as in "A has led since 2022, after B had been first"; "the top two of them" is no place in a ranking; "it" or "the cluster" is the subject named earlier in the paragraph, list or heading ("### 2. Osaka–Kobe–Kyoto"), or in the last sentence of the paragraph before, names it only compares with ("…, behind SAGIC") set aside; "the institute", "the airport", "the operator", "the utility" or "the gallery" is the one so called named last before in its section; "the institute" after a table is the one institute the table names, unclear when it names several; a reference back ("It", "the operator") that its section answers with no name is the one ranked entity the document\'s title names (or, when the title names none, the italic or bold line under it), when the section and its headings name no other (a suggestion, not a fix); in "A finished first, with B just behind it in second place" the second place is B\'s. The edition is the year of the rank\'s own clause ("2nd in 2024, after 1st in 2022 and 2023"; "second in 2019 and again in 2020" checks both), else the sentence\'s one year outside a clause of an earlier place ("fifth, down from fourth in 2022" is not dated by 2022, and in "fourth in the 2025 index, down from third" the third is of an earlier edition, not read; nor "drops to second after topping the 2024 edition" by 2024) or an exception ("last in every edition except 2023"), a year that dates a report ("…; Xinhua wrote in September 2025 that …") aside, else the one year of the heading right above ("### 2018", "### The 2024 edition"; a suggestion, not a fix) when its section names no other, else the latest — only when nothing in the sentence, paragraph or heading names another year or tells history ("until…", "in every edition but the latest", "in five of the last six editions", "first in every edition until KHI overtook it in 2022"); otherwise there is no finding. A place moved to after the year the sentence gives only before the movement ("UICS, first in 2023, dropped to fourth", "fell from fifth place in 2019 to ninth", "has fallen from fourth in 2020 to eighth"), or after "the first three editions" in a sentence with no year ("Strathcairn, which led the first three editions, slipped to fifth"), is of one of the later editions: wrong, with no fix, only when every later edition lists that many places and none gives the entity that place. With two rankings in the dataset (an index and its sub-index) the nearest text that names one decides (the clause, the sentence, the paragraph, the segments before it, the headings), a ranking named only before the rank\'s paragraph when the section and its headings name no other, and not from an earlier section once the document has named a second ranking; where that text names both, or a word only the other one holds ("translation rank"), or where the clause says "eighth overall" without naming a ranking itself, the rank is left alone. A counterfactual ("would still rank first under the pre-2025 metrics") is checked against a counterfactual edition or not at all. Ordinals that are not ranks ("the third edition", "the 2nd floor", "fourth-largest economy" with no ranking named, "29th on intensity", "19th per inhabitant", "per million inhabitants it ranks 29th", "third in the very first edition" (no latest edition), "second in Europe", "fourth at the innovation awards", "its only top-ten finish since 2019", "the second in 2021 to join", a denied "never ranked first", a place lost or left "lost first place in 2025", a place on a measure that opens the clause "by household connections SDWC is first", "On water use, …") are not read. A fix is offered only when the year is stated; a rank said in words gets no fix, and a place checked against a counterfactual edition that only a cue outside its own clause pointed to gets a suggestion instead. Year spans are the rank-years rule\'s. “First” before a verb of the past (“first reached the top three in 2022”) says when, not which place. A table whose corner cell names one entity (“| IMGN in the AHRI | 2017 | 2019 |” over “| Rank | 8 | 5 |”) is that entity’s (a suggestion, not a fix); its corner never names the ranking or the year. A cell under a column headed Target, Plan, Forecast, Goal or Projected states no place. A sentence whose only year dates the start of a change (“fell from 76.0 in 2023 to 72.7, and it ranked fifth”) does not date the rank; a relative clause after a name the dataset does not know (“taking over from Nordic Fibre, which held first place”) is nobody’s certain place. Words a speaker takes back on the spot (“second in 2022 — sorry, that was 2023”) are not checked. A place alone (“Hanoi ranked fifth” for “the Hanoi utility”) stands for an institution only when the dataset lists it as an alias. “Now” right before a place without a year of its own (“Ashcombe, which led the index in 2016 and 2017, is now second”) dates it to the latest edition, whatever years the sentence’s other clauses give; “now leads it by 7.9 points” is a gap, not a place. A place told as history in a sentence with no year (“it came one year after we had climbed to third”) is not read as the latest edition’s. A reference back inside a quotation (“We were last …”, “it would still be number one”) is the quoted speaker’s and is not read; a first person in a document that speaks for no organisation is the organisation the document names most, never another one named just before; a name holding a figure set beside the subject’s (“almost double the 16.6% at Albor”) is not what “it” refers back to. The top of a ranking held by two names together (“Tampere (1st) and Turku (2nd) were at the top of the ECCI”) is no first place of either, and a place in a field larger than the ranking ever ranks (“fifth of twelve club teams”) is another field’s. “Topped it” refers back to a ranking named in the same sentence, or in the sentence right before when the ranking is its topic (“WIPO’s Global Innovation Index ranks clusters … . Tokyo–Yokohama topped it every year from 2017 to 2024”); a publisher named before the ranking (“first in the WIPO GII cluster ranking”) does not make the place another list’s, nor does “at the other end of the table”. A year that dates a change’s later value (“dropped from 84.5 to 74.8 in the 2021 edition, and it fell to seventh”) dates the move in that sentence; a name that bounds a stretch (“between the Harz and the Limfjord”) is no antecedent of “it”.' + LENT_FIX_POLICY,
    failing: 'In the 2025 GII, Tokyo–Yokohama ranked third.\n A place under a subheading takes the ranking its own section names, else one its enclosing heading’s opening paragraphs name (“### Top of the table” under a title whose first paragraph names the GII 2025), unless the place’s sentence holds a figure of its own (a place by a measure). “With Los Angeles rounding out the top 10” is the place of the name right before those words; a name the dataset does not know there leaves it unread.',
    passing: 'In the 2025 GII, Tokyo–Yokohama ranked second.\n',
  },
  defaultSeverity: 'error',
  hasSuggestions: true,
  fixable: true,
  tags: ['rankings', 'dataset'],
  supersedes: ['unverified'],
  // A claim's reading is its segment's, kept across versions as carried-rank-claims.ts keeps it; beyond its section it
  // reads the rankings named and the headings before it, the document's owner and, for a rank fact, its link (whose
  // globals are dataset-value's).
  bySection: { globals: (doc, dataset) => [...rankingsNamedDigest(doc, dataset), ...linkGlobals(doc, dataset)] },
  check(context) {
    const scope = context.scope;
    for (const claim of rankClaims(context.doc, context.dataset, scope)) {
      if (claim.span || claim.period || claim.years) continue;
      if (claim.after !== undefined) {
        judgeMovedAfter(context, claim, claim.after);
        continue;
      }
      const edition = editionFor(claim.ranking, claim.year, claim.method, claim.hypothetical);
      if (!edition) continue;
      const entry = edition.ranks.find((r) => r.entity === claim.entity);
      const stated = claim.token;
      if (claim.top) {
        judgeTop(context, claim, claim.top, edition, entry?.rank);
        continue;
      }
      if (entry?.rank === stated.value) {
        context.verified(stated);
        continue;
      }
      if (!entry && (edition.coverage === undefined || stated.value > edition.coverage)) continue;
      const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
      const which = `${claim.ranking.label}, ${edition.year} edition (${edition.method}${edition.hypothetical ? ', counterfactual' : ''})${claim.latest ? ' — the latest, since the text names no year' : ''}`;
      const actual = entry && !claim.word ? formatLike(entry.rank, stated) : undefined;
      const fix = actual ? { title: `Change the rank to ${actual}`, edits: [{ range: { start: stated.start, end: stated.end }, newText: actual }] } : undefined;
      context.report({
        range: { start: stated.start, end: stated.end },
        message: entry
          ? `${name} is ranked ${statedRank(claim)} here, but ranks ${actual ?? entry.rank} in the ${which} (${describeSource(context.dataset, edition.source)}).`
          : `${name} is ranked ${statedRank(claim)} here, but is not in the top ${edition.coverage} of the ${which}.`,
        stated: stated.text,
        expected: actual ?? (entry ? String(entry.rank) : undefined),
        reason: `ranking ${claim.ranking.id}, edition ${edition.year} (${edition.method}): ${claim.entity} = ${entry?.rank ?? `not in top ${edition.coverage}`} (source ${edition.source})`,
        // A counterfactual edition picked for a claim its own clause does not make counterfactual ("came second in
        // 2025; the old method…") rests on a cue read beyond the clause: a suggestion, never a certain fix.
        ...(fix ? (claim.year !== undefined && !claim.headed && (!edition.hypothetical || claim.hypothetical) ? { fix } : { suggestions: [fix] }) : {}),
        ...(claim.lent ? { lent: claim.lent } : {}),
        data: { ranking: claim.ranking.id, edition: edition.year, method: edition.method, entity: claim.entity, rank: entry?.rank },
      });
    }
    for (const claim of partnerRankClaims(context.doc, context.dataset, scope)) judgePartnerRank(context, claim);
    // A rank held as a dataset fact of its entity ("fourth-largest goods export market", "third by collaboration score").
    for (const link of linksOfSegments(context.links(), scope)) {
      if (context.dataset.metrics.get(link.metric)?.unit !== 'rank') continue;
      if (link.status === 'match') context.verified(link.token);
      if (link.status === 'mismatch' && ownMeasure(context, link)) reportLinkMismatch(context, link);
    }
  },
};

/**
 * "UICS, first in 2023, dropped to fourth": the place is of some edition after 2023. Wrong for certain only when every
 * later edition lists that many places and none gives the entity that place; no fix, as the edition is not known.
 */
function judgeMovedAfter(context: RuleContext, claim: RankClaim, after: number): void {
  const stated = claim.token;
  const years = [...new Set(claim.ranking.editions.filter((e) => !e.hypothetical && e.year > after).map((e) => e.year))].sort();
  const later = years.map((year) => {
    const edition = editionFor(claim.ranking, year, claim.method, false)!;
    return { edition, rank: edition.ranks.find((r) => r.entity === claim.entity)?.rank };
  });
  if (later.length === 0) return;
  if (later.some((l) => l.rank === stated.value)) return context.verified(stated);
  if (later.some((l) => l.rank === undefined && (l.edition.coverage ?? l.edition.ranks.length) < stated.value)) return;
  const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
  const held = later.map((l) => `${l.edition.year}: ${l.rank ?? `not in the top ${l.edition.coverage ?? l.edition.ranks.length}`}`).join(', ');
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `${name} is said to reach ${statedRank(claim)} after ${after}, but holds that place in none of the later editions of the ${claim.ranking.label} (${held}; ${describeSource(context.dataset, later[0]!.edition.source)}).`,
    stated: stated.text,
    reason: `ranking ${claim.ranking.id}, editions after ${after}: ${held}`,
    data: { ranking: claim.ranking.id, entity: claim.entity, after },
  });
}

/** "among the top five": rank ≤ 5; "rounding out the top five": rank 5 exactly; "outside the top five": rank > 5. */
function judgeTop(context: RuleContext, claim: RankClaim, top: { n: number; exact: boolean; outside?: boolean }, edition: RankingEdition, actual: number | undefined): void {
  const stated = claim.token;
  if (actual === undefined && (edition.coverage ?? edition.ranks.length) < top.n) return;
  if (top.outside) {
    // Unlisted in an edition that lists at least the top N: outside it.
    if (actual === undefined || actual > top.n) context.verified(stated);
    else
      context.report({
        range: { start: stated.start, end: stated.end },
        message: `${context.dataset.entities.get(claim.entity)?.name ?? claim.entity} is placed outside the top ${top.n} here, but ranks ${actual} in the ${claim.ranking.label}, ${edition.year} edition (${edition.method}) (${describeSource(context.dataset, edition.source)}).`,
        stated: stated.text,
        expected: `rank ${actual}`,
        reason: `ranking ${claim.ranking.id}, edition ${edition.year} (${edition.method}): ${claim.entity} = ${actual} (source ${edition.source})`,
        data: { ranking: claim.ranking.id, edition: edition.year, entity: claim.entity, rank: actual },
      });
    return;
  }
  const holds = actual !== undefined && (top.exact ? actual === top.n : actual <= top.n);
  if (holds) {
    context.verified(stated);
    return;
  }
  const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
  const where = actual === undefined ? `is not in the top ${edition.coverage ?? edition.ranks.length}` : `ranks ${actual}`;
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `${name} is placed ${top.exact ? `at the end of the top ${top.n}` : `in the top ${top.n}`} here, but ${where} in the ${claim.ranking.label}, ${edition.year} edition (${edition.method}) (${describeSource(context.dataset, edition.source)}).`,
    stated: stated.text,
    expected: actual !== undefined ? `rank ${actual}` : undefined,
    reason: `ranking ${claim.ranking.id}, edition ${edition.year} (${edition.method}): ${claim.entity} = ${actual ?? 'not listed'} (source ${edition.source})`,
    data: { ranking: claim.ranking.id, edition: edition.year, entity: claim.entity, rank: actual },
  });
}

/**
 * "Uppsala, UTokyo's third-largest partner" when three partners have more: certainly wrong. With fewer, the dataset may
 * not list every partner, so nothing is said unless exactly rank − 1 have more (then it is consistent). No fix: the
 * true place is only known to be lower.
 */
function judgePartnerRank(context: RuleContext, claim: PartnerRankClaim): void {
  const { larger, subjectFact } = claim;
  if (larger.length === claim.rank - 1) {
    context.verified(claim.span);
    return;
  }
  if (larger.length < claim.rank) return;
  const name = (id: string) => context.dataset.entities.get(id)?.name ?? id;
  const metric = context.dataset.metrics.get(subjectFact.metric)!;
  const time = subjectFact.year ?? subjectFact.period;
  const above = larger.map((o) => `${name(o.partner!)} (${o.value})`).join(', ');
  context.report({
    range: claim.span,
    message: `${name(claim.subject)} is ranked ${claim.text} among ${name(claim.owner)}'s partners here, but ${larger.length} partner${larger.length === 1 ? ' has' : 's have'} more ${metric.label} (${time}): ${above}, against ${subjectFact.value} (${describeSource(context.dataset, subjectFact.source)}).`,
    stated: claim.text,
    reason: `dataset facts: ${claim.owner} / ${subjectFact.metric} / ${time} by partner; ${claim.subject} = ${subjectFact.value}, ${larger.length} larger`,
    data: { entity: claim.owner, partner: claim.subject, metric: subjectFact.metric, larger: larger.map((o) => o.partner) },
  });
}
