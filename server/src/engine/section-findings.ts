// Rule findings kept per section (perf-key19): after an edit, a rule that declares `bySection` runs only on the edit's
// scope (across-versions.ts: the sections around the changed text), and its findings and confirmed claims elsewhere
// are the previous version's, those after the edit moved by its length. Such a rule's output for a claim may depend
// on nothing but what a per-segment reading kept across versions may read (the claim's segment, the text within
// EDIT_MARGIN of it, its headings, the segments before it in its section) and the values its `globals` gives,
// compared once per version.
import type { AnalysedDocument, AnalysedTable } from './analysis.js';
import { versionEdit } from './across-versions.js';
import type { Dataset } from './dataset/index.js';
import type { VerifiedClaim } from './inspect.js';
import type { Span } from './markdown/facts.js';
import type { Rule, RuleContext } from './rules/rule.js';
import type { Diagnostic, OffsetRange } from './types.js';
import { VersionMemo } from './version-memo.js';

/** What one rule gave for one version: its findings (each with the claim it is about) and its confirmed claims. */
export interface RuleOutput {
  reports: Array<{ diagnostic: Diagnostic; claim: Span }>;
  verified: Array<{ claim: VerifiedClaim; loose: boolean }>;
}

interface Kept {
  globals: readonly unknown[];
  output: RuleOutput;
}

/** Per version, the output of each section-bound rule, for the next version to take outside the edit. */
const kept = new VersionMemo<AnalysedDocument, Map<string, Kept>>();

/** How a section-bound rule runs on this version: on `scope` only, its output then completed by `merge`. */
export interface SectionRun {
  /** The segments the rule must read, [from, to]. */
  scope: { from: number; to: number };
  /** The rule's output for the claims in the scope completed with the previous version's for the others. */
  merge(own: RuleOutput): RuleOutput;
}

/** The run of a section-bound rule after an edit, or undefined when it runs on the whole document. */
export function sectionRun(doc: AnalysedDocument, rule: Rule, dataset: Dataset): { run?: SectionRun; globals: readonly unknown[] } | undefined {
  if (!rule.bySection || doc.once) return undefined;
  const globals = rule.bySection.globals?.(doc, dataset) ?? [];
  const edit = versionEdit(doc);
  const before = edit && kept.get(edit.previous)?.get(rule.id);
  if (!edit || !before || edit.from > edit.to || !sameValues(before.globals, globals)) return { globals };
  const old = edit.previous;
  // The segments whose claims are judged again: the scope, or wider for a rule that reads beside a claim's section.
  const judged = rule.bySection.judged?.(doc, { from: edit.from, to: edit.to }) ?? { from: edit.from, to: edit.to };
  // Their text, gaps beside it included: [low, high) in the previous version, [low, high + by) in this one.
  const low = judged.from > 0 ? old.segments[judged.from - 1]!.end : 0;
  const high = judged.to + 1 < old.segments.length ? old.segments[judged.to + 1]!.start : old.text.length + 1;
  const by = doc.text.length - old.text.length;
  const outside = (claim: Span) => claim.start < low || claim.start >= high;
  const moved = movedOutput(before.output, low, outside, (offset) => (offset < low ? 0 : offset >= high ? by : undefined));
  if (!moved) return { globals };
  // The same text in this version: what textRange() gives a rule run on the scope.
  const inScope = (claim: Span) => claim.start >= low && claim.start < high + by;
  return {
    globals,
    run: {
      scope: judged,
      // In claim order without a sort of the whole: the kept entries are in claim order (each version's output is),
      // those before the scope start before `low`, the scope's own in [low, high + by), those after from high + by on.
      merge: (own) => {
        const output: RuleOutput = {
          reports: joined(moved.reports, own.reports.filter((r) => inScope(r.claim)).sort((a, b) => a.claim.start - b.claim.start), moved.reportsAfter),
          verified: joined(moved.verified, own.verified.filter((v) => inScope(v.claim.range)).sort((a, b) => a.claim.range.start - b.claim.range.start), moved.verifiedAfter),
        };
        // The running maxima of the entries taken over as they were are the previous version's: the next version
        // continues them from there, as far as it asks.
        reaches.set(output, { reports: moved.reportReach, verified: moved.verifiedReach });
        return output;
      },
    },
  };
}

/** `list` (the entries before the scope, this version's list) followed by `middle` and `after`. */
function joined<T>(list: T[], middle: readonly T[], after: readonly T[]): T[] {
  for (const x of middle) list.push(x);
  for (const x of after) list.push(x);
  return list;
}

/** Keeps a rule's output of this version for the next (nothing is kept for a document checked once). */
export function keepOutput(doc: AnalysedDocument, rule: Rule, globals: readonly unknown[], output: RuleOutput): void {
  if (doc.once) return;
  let byRule = kept.get(doc);
  if (!byRule) kept.set(doc, (byRule = new Map()));
  byRule.set(rule.id, { globals, output });
}

/**
 * A rule's output in the order of its claims (stable: the findings of one claim keep the order they were given in),
 * so that the output of a whole run and one pieced together from kept and new parts are the same list.
 */
export function inClaimOrder(output: RuleOutput): RuleOutput {
  return {
    reports: output.reports.sort((a, b) => a.claim.start - b.claim.start),
    verified: output.verified.sort((a, b) => a.claim.range.start - b.claim.range.start),
  };
}

/**
 * Per kept output, for each list the largest offset any range of its entries 0..i reaches, computed as far as a next
 * version asks (leadingBefore): the leading entries that reach no further than before the scope are the previous
 * version's as they were, taken in one slice (perf-key57: a keystroke near the end of a long draft walked every kept
 * finding and confirmation of every section-bound rule, and sorted them again).
 */
interface Reach {
  reports: number[];
  verified: number[];
}
const reaches = new WeakMap<RuleOutput, Reach>();

/** The last offset a range covers (its start for an empty one), as `shift` is asked of it. */
const lastOf = (r: OffsetRange): number => Math.max(r.start, r.end - 1);

function reportReach(entry: RuleOutput['reports'][number]): number {
  const { diagnostic: d, claim } = entry;
  let most = Math.max(lastOf(claim), lastOf(d.range));
  if (d.related) for (const x of d.related) most = Math.max(most, lastOf(x.range));
  if (d.fix) for (const e of d.fix.edits) most = Math.max(most, lastOf(e.range));
  if (d.suggestions) for (const f of d.suggestions) for (const e of f.edits) most = Math.max(most, lastOf(e.range));
  return most;
}

const verifiedReach = (entry: RuleOutput['verified'][number]): number => lastOf(entry.claim.range);

/**
 * How many leading entries of `list` reach no further than `low` - 1: `reach` (its running maxima so far) continued
 * until one reaches `low` or the list ends, then a binary search (the maxima ascend).
 */
function leadingBefore<T>(reach: number[], list: readonly T[], low: number, of: (entry: T) => number): number {
  let most = reach.length > 0 ? reach[reach.length - 1]! : -Infinity;
  while (most < low && reach.length < list.length) reach.push((most = Math.max(most, of(list[reach.length]!))));
  let lo = 0;
  let hi = reach.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Moved extends RuleOutput {
  /** `reports` and `verified` hold the entries before the scope; these the entries after it, moved. */
  reportsAfter: RuleOutput['reports'];
  verifiedAfter: RuleOutput['verified'];
  /** The running maxima of the leading entries taken as they were (the previous version's, sliced). */
  reportReach: number[];
  verifiedReach: number[];
}

/**
 * The previous output's entries whose claims lie outside the scope, every offset in them moved by `shift` (0 before
 * the scope, the edit's length after it); undefined when an entry kept reaches into the scope (shift undefined). The
 * leading entries that reach no further than before `low` are one slice of the previous lists.
 */
function movedOutput(output: RuleOutput, low: number, outside: (claim: Span) => boolean, shift: (offset: number) => number | undefined): Moved | undefined {
  let reach = reaches.get(output);
  if (!reach) reaches.set(output, (reach = { reports: [], verified: [] }));
  const leadingReports = leadingBefore(reach.reports, output.reports, low, reportReach);
  const leadingVerified = leadingBefore(reach.verified, output.verified, low, verifiedReach);
  const reports: RuleOutput['reports'] = output.reports.slice(0, leadingReports);
  const verified: RuleOutput['verified'] = output.verified.slice(0, leadingVerified);
  const reportsAfter: RuleOutput['reports'] = [];
  const verifiedAfter: RuleOutput['verified'] = [];
  let reaching = false;
  const range = <T extends OffsetRange>(r: T): T => {
    const a = shift(r.start);
    const b = shift(Math.max(r.start, r.end - 1));
    if (a === undefined || b === undefined || a !== b) {
      reaching = true;
      return r;
    }
    return a === 0 ? r : { ...r, start: r.start + a, end: r.end + a };
  };
  for (let i = leadingReports; i < output.reports.length; i++) {
    const entry = output.reports[i]!;
    const { diagnostic, claim } = entry;
    if (!outside(claim)) continue;
    const into = claim.start < low ? reports : reportsAfter;
    // Before the edit (most findings of a keystroke near the end of a long draft) nothing moves: the entry as it was.
    if (unshifted(diagnostic, claim, shift)) into.push(entry);
    else into.push({ diagnostic: movedDiagnostic(diagnostic, range), claim: range(claim) });
  }
  for (let i = leadingVerified; i < output.verified.length; i++) {
    const entry = output.verified[i]!;
    const { claim, loose } = entry;
    if (!outside(claim.range)) continue;
    const moved = range(claim.range);
    // Before the edit (most confirmed claims of a keystroke near the end of a long draft) the entry as it was.
    (claim.range.start < low ? verified : verifiedAfter).push(moved === claim.range ? entry : { claim: { ...claim, range: moved }, loose });
  }
  if (reaching) return undefined;
  return { reports, verified, reportsAfter, verifiedAfter, reportReach: reach.reports.slice(0, leadingReports), verifiedReach: reach.verified.slice(0, leadingVerified) };
}

/** Whether `shift` leaves the claim and every range of the finding where it is (all lie before the scope). */
function unshifted(d: Diagnostic, claim: Span, shift: (offset: number) => number | undefined): boolean {
  const still = (r: OffsetRange): boolean => shift(r.start) === 0 && shift(Math.max(r.start, r.end - 1)) === 0;
  if (!still(claim) || !still(d.range)) return false;
  if (d.related) for (const x of d.related) if (!still(x.range)) return false;
  if (d.fix) for (const e of d.fix.edits) if (!still(e.range)) return false;
  if (d.suggestions) for (const f of d.suggestions) for (const e of f.edits) if (!still(e.range)) return false;
  return true;
}

/** A finding with each of its ranges (its own, related locations', fixes' and suggestions' edits) moved. */
function movedDiagnostic(d: Diagnostic, range: <T extends OffsetRange>(r: T) => T): Diagnostic {
  const moved: Diagnostic = { ...d, range: range(d.range) };
  if (d.related) moved.related = d.related.map((x) => ({ ...x, range: range(x.range) }));
  const fix = (f: NonNullable<Diagnostic['fix']>) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: range(e.range) })) });
  if (d.fix) moved.fix = fix(d.fix);
  if (d.suggestions) moved.suggestions = d.suggestions.map(fix);
  return moved;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The scope widened by `by` segments either way, and on to the whole of a table it then ends in: the segments whose
 * claims a rule judges again when a claim's judgment reads up to `by` segments beside it, or beside its table, across a
 * heading (total's neighbours, overlap.ts). Outside the scope every segment stands as it stood (across-versions.ts).
 */
export function widenedScope(doc: AnalysedDocument, scope: { from: number; to: number }, by: number): { from: number; to: number } {
  const { segments } = doc;
  let from = Math.max(0, scope.from - by);
  let to = Math.min(segments.length - 1, scope.to + by);
  const sameTable = (a: number, b: number) => segments[a]!.kind === 'cell' && segments[b]?.kind === 'cell' && segments[a]!.cell?.table === segments[b]!.cell?.table;
  while (from > 0 && sameTable(from, from - 1)) from--;
  while (to + 1 < segments.length && sameTable(to, to + 1)) to++;
  return { from, to };
}

/** The segments a rule reads, [from, to]: the edit's sections after an edit (RuleContext.scope), else all. */
export function segmentRange(context: RuleContext): { from: number; to: number } {
  return context.scope ?? { from: 0, to: context.doc.segments.length - 1 };
}

/** The text a rule reads, [start, end): its segments and the gaps beside them (a math block between two paragraphs). */
export function textRange(context: RuleContext): { start: number; end: number } {
  const { segments, text } = context.doc;
  if (!context.scope) return { start: 0, end: text.length + 1 };
  const { from, to } = context.scope;
  return { start: from > 0 ? segments[from - 1]!.end : 0, end: to + 1 < segments.length ? segments[to + 1]!.start : text.length + 1 };
}

/** Whether a claim starts in the text a rule reads (textRange): the claims a section-bound rule judges on this version. */
export function claimsRead(context: RuleContext): (claim: { start: number }) => boolean {
  const { start, end } = textRange(context);
  return (claim) => claim.start >= start && claim.start < end;
}

/** Whether a table lies in the segments a rule reads (a table is one block: its cells stand together). */
export function readsTable(context: RuleContext, table: AnalysedTable): boolean {
  const first = table.cells[0]?.[0];
  const { from, to } = segmentRange(context);
  return first === undefined || (first >= from && first <= to);
}
