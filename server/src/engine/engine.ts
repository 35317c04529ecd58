// createEngine(): the factlint engine — check a document, incrementally, and get diagnostics, coverage and fixes.
import type { RuleSetting, Severity } from '@factlint/schemas';
import { analyseDocument, createMatchers, relativeTokens, tokenOffset, type AnalysedDocument, type AnalysedSegment, type Matchers } from './analysis.js';
import { segmentAtOffset } from './context/spans.js';
import { noteVersion } from './across-versions.js';
import { findBibliography } from './context/bibliography.js';
import { guardedFinding } from './context/precision-guards.js';
import { describeLent, doubtfulSlots } from './context/lent-slots.js';
import { linkDocument, type DocumentLinks } from './context/links.js';
import type { Dataset } from './dataset/index.js';
import { buildDocument, CheckCancelledError, editBetween, throwIfCancelled, type Cancellation, type DocumentModel } from './markdown/document.js';
import { DEFAULT_MAX_NESTING_DEPTH, HIGHEST_MAX_NESTING_DEPTH } from './markdown/depth.js';
import type { Span } from './markdown/facts.js';
import { LineIndex } from './positions.js';
import { isPrintable } from './printable.js';
import { allRules } from './rules/index.js';
import type { Finding, Rule, RuleContext } from './rules/rule.js';
import { nestingDepth } from './rules/nesting-depth.js';
import { unverified } from './rules/unverified.js';
import { applySuppressions } from './suppression.js';
import { inClaimOrder, keepOutput, sectionRun, type RuleOutput } from './section-findings.js';
import { DISABLE_DIRECTIVE, unusedDirectiveDiagnostics } from './rules/disable-directive.js';
import { fixAll, type FixAllOptions, type FixAllResult } from './fix-all.js';
import { inspectAt, type Inspection, type VerifiedClaim } from './inspect.js';
import { ruleDocsUrl } from './rules/docs-url.js';
import type { ActiveSeverity, Coverage, Diagnostic, OffsetRange, RuleMeta } from './types.js';

export interface EngineOptions {
  dataset: Dataset;
  /** Rule id → severity or { severity, ...options }, as in the configuration file. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Parse even the chunks no rule reads (slower; for equivalence tests and benchmarks). */
  parseAll?: boolean;
  /**
   * Blocks with a line nested deeper than this many quotes and list levels are not parsed nor checked (default 100,
   * at most 1000); else the nesting-depth rule's maxDepth option applies.
   */
  maxNestingDepth?: number;
  /** The rules to run, in any order (default: allRules); for tests and embedders. */
  ruleSet?: readonly Rule[];
}

export interface CheckOptions {
  /** The result of the previous check of the same document: only the changed blocks are parsed again. */
  previous?: CheckResult;
  /** Checked between phases; a cancelled check throws CheckCancelledError. */
  cancellation?: Cancellation;
  /**
   * The result will not be handed to a later check as `previous` (a one-shot run such as the CLI's): per-segment
   * readings are not prepared for reuse. The diagnostics are the same; a result checked so and handed on anyway
   * only makes the next check read those segments afresh.
   */
  once?: boolean;
}

export interface CheckResult {
  text: string;
  diagnostics: Diagnostic[];
  coverage: Coverage;
  /** Lines of `text`, for offsets to line and column: built once per check, shared by the engine and its hosts. */
  lines: LineIndex;
  /** How many top-level blocks were parsed for this result (all, or only the edited ones). */
  parsedBlocks: number;
  totalBlocks: number;
  /** Opaque state for the next incremental check and for inspect(). */
  readonly state: { model: DocumentModel; engine: Engine; doc: AnalysedDocument; links: () => DocumentLinks; verified: readonly VerifiedClaim[] };
}

export interface Engine {
  readonly dataset: Dataset;
  readonly rules: readonly RuleMeta[];
  check(text: string, options?: CheckOptions): CheckResult;
  /**
   * The same check, awaiting `yieldTurn()` between its steps (parse, analysis, each rule) so that the host can take
   * in newer edits meanwhile; a cancellation that flips then stops the check with CheckCancelledError.
   */
  checkAsync(text: string, options: CheckOptions | undefined, yieldTurn: () => Promise<void>): Promise<CheckResult>;
  /** What stands at an offset of a checked text: a claim and its check, an entity and its facts, a footnote or citation. */
  inspect(result: CheckResult, offset: number): Inspection | undefined;
  /** Applies certain fixes and checks again until none applies: `--fix` and the editor's fix-all. */
  fixAll(text: string, options?: FixAllOptions): FixAllResult;
}

export class UnknownRuleError extends Error {}

/** A rule's options in the configuration do not fit its schema; `path` is inside the rule's setting. */
export class RuleOptionsError extends Error {
  constructor(
    readonly ruleId: string,
    readonly problems: Array<{ path: Array<string | number>; message: string }>,
  ) {
    super(problems.map((p) => `rules.${ruleId}${p.path.length ? `.${p.path.join('.')}` : ''}: ${p.message}`).join('; '));
  }
}

/** Validates the options of one rule setting; the problems are empty when they fit. */
export function ruleOptionProblems(rule: Rule, options: Record<string, unknown>): Array<{ path: Array<string | number>; message: string }> {
  if (!rule.options) {
    return Object.keys(options).map((key) => ({ path: [key], message: `unknown option "${key}": rule "${rule.id}" takes no options` }));
  }
  const result = rule.options.safeParse(options);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const message = issue.code === 'unrecognized_keys' ? `unknown option "${issue.keys.join('", "')}" for rule "${rule.id}"` : issue.message;
    return { path: issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path, message };
  });
}

interface ActiveRule {
  rule: Rule;
  severity: ActiveSeverity;
  options: Record<string, unknown>;
}

export function resolveRules(settings: Readonly<Record<string, RuleSetting>> = {}, ruleSet: readonly Rule[] = allRules): ActiveRule[] {
  const known = new Set(ruleSet.map((r) => r.id));
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) throw new UnknownRuleError(`unknown rule "${id}" (known: ${[...known].join(', ')})`);
  }
  const active: ActiveRule[] = [];
  for (const rule of ruleSet) {
    const setting = settings[rule.id];
    let severity: Severity = rule.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (typeof setting === 'string') severity = setting;
    else if (setting) {
      const { severity: s, ...rest } = setting;
      if (s) severity = s;
      const problems = ruleOptionProblems(rule, rest);
      if (problems.length) throw new RuleOptionsError(rule.id, problems);
      options = rule.options ? rule.options.parse(rest) : {};
    }
    if (severity !== 'off') active.push({ rule, severity, options });
  }
  return active;
}

export function createEngine(options: EngineOptions): Engine {
  const ruleSet = options.ruleSet ?? allRules;
  const active = resolveRules(options.rules, ruleSet);
  const matchers: Matchers = createMatchers(options.dataset);
  const depthOption = active.find((a) => a.rule.id === nestingDepth.id)?.options.maxDepth;
  const maxNestingDepth = Math.min(HIGHEST_MAX_NESTING_DEPTH, options.maxNestingDepth ?? (typeof depthOption === 'number' ? depthOption : DEFAULT_MAX_NESTING_DEPTH));
  /** A check in steps (parse, analysis, each rule): check() runs them at once, checkAsync() gives the host a turn between them. */
  function* checkSteps(text: string, checkOptions: CheckOptions = {}): Generator<void, CheckResult> {
    const cancellation = checkOptions.cancellation;
    const previous = checkOptions.previous?.state.engine === engine ? checkOptions.previous.state : undefined;
    // A lone CR ends a line as LF and CRLF do (CommonMark); one character for one keeps every offset.
    const model = buildDocument(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, previous?.model, { parseAll: options.parseAll, maxNestingDepth, once: checkOptions.once });
    yield;
    throwIfCancelled(cancellation);
    const doc = analyseDocument(model, matchers, previous?.doc, checkOptions.once);
    noteVersion(doc, previous?.doc);
    yield;
    throwIfCancelled(cancellation);
    const { diagnostics, coverage, links, verified, lines } = yield* runRules(doc, options.dataset, active, cancellation, checkOptions.previous?.lines);
    return { text, diagnostics, coverage, lines, parsedBlocks: model.parsedBlocks, totalBlocks: model.blocks.length, state: { model, engine, doc, links, verified } };
  }
  const engine: Engine = {
    dataset: options.dataset,
    rules: ruleSet.map(({ check: _check, options: _options, bySection: _bySection, ...meta }) => ({ ...meta, docsUrl: ruleDocsUrl(meta.id), hasSuggestions: meta.hasSuggestions ?? false })),
    check(text, checkOptions = {}) {
      const steps = checkSteps(text, checkOptions);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
    async checkAsync(text, checkOptions, yieldTurn) {
      const steps = checkSteps(text, checkOptions);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        await yieldTurn();
      }
    },
    inspect(result, offset) {
      return inspectAt(result, options.dataset, offset);
    },
    fixAll(text, fixOptions) {
      return fixAll(engine, text, fixOptions);
    },
  };
  return Object.freeze(engine);
}

interface RulesOutcome {
  diagnostics: Diagnostic[];
  coverage: Coverage;
  links: () => DocumentLinks;
  verified: VerifiedClaim[];
  lines: LineIndex;
}

function* runRules(doc: AnalysedDocument, dataset: Dataset, active: readonly ActiveRule[], cancellation?: Cancellation, previousLines?: LineIndex): Generator<void, RulesOutcome> {
  // A finding's claim as its span id ('' for a finding at no claim, an internal error): numbers, not "start:end" strings,
  // in the precedence and derivation tests below, which run over every finding on every keystroke (perf-key82).
  const reported: Array<{ rule: Rule; diagnostic: Diagnostic; claim: SpanId | '' }> = [];
  const verified: VerifiedClaim[] = [];
  // Spans as numbers in these sets: a string key per verified claim cost ~2 % of a keystroke on a 1 MB draft.
  const spanId = spanIds(doc.text.length);
  // The spans of the verified claims, and of those that confirm a figure for an arithmetic fix (not a number that
  // merely equals some fact): collected, then asked as SpanIdSets.
  const verifiedIds: SpanId[] = [];
  const confirmedIds: SpanId[] = [];
  // Per rule id, the span ids of its findings that give way: to a finding of a rule that supersedes it on the same
  // claim, or to a rule's own (not loose) confirmation of the claim that says so.
  const superseded = new Map<string, Set<SpanId>>();
  const supersede = (ruleId: string, id: SpanId) => {
    const ids = superseded.get(ruleId);
    if (ids) ids.add(id);
    else superseded.set(ruleId, new Set([id]));
  };
  let links: DocumentLinks | undefined;
  const segmentAt = (offset: number) => segmentAtOffset(doc.segments, offset);
  // Where a reading too doubtful for a finding goes: the unverified rule's notes, when that rule is on.
  const notes = active.find((a) => a.rule.id === unverified.id);
  for (const { rule, severity, options } of active) {
    yield;
    throwIfCancelled(cancellation);
    const section = sectionRun(doc, rule, dataset);
    const own: RuleOutput = { reports: [], verified: [] };
    const context: RuleContext = {
      doc,
      dataset,
      options,
      links: () => (links ??= linkDocument(doc, dataset)),
      report(finding: Finding) {
        // A computed value that overflowed says nothing certain: the claim stays unchecked rather than quote Infinity.
        if (!isFiniteFinding(finding) || !isPrintable(finding)) return;
        // A reading under which the finding is not certain (a group total, a percent column…): no finding.
        if (guardedFinding(doc, rule.id, finding, segmentAt)) return;
        const doubtful = doubtfulSlots(finding.lent, rule.id);
        if (doubtful.length && !notes) return;
        const { claim, lent, ...rest } = withLentFix(finding);
        // A figure quoted across a hard-wrapped line ("4.6\nmillion") reads on one line in every message.
        if (rest.message.includes('\n')) rest.message = rest.message.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        const diagnostic: Diagnostic = doubtful.length && notes ? asNote(rest, rule.id, notes.severity, doubtful) : { ruleId: rule.id, severity, ...rest };
        own.reports.push({ diagnostic, claim: claim ?? finding.range });
      },
      verified(span: Span, check?: string, loose?: boolean) {
        own.verified.push({ claim: { ruleId: rule.id, range: { start: span.start, end: span.end }, ...(check ? { check } : {}) }, loose: loose === true });
      },
      segmentAt,
    };
    if (section?.run) context.scope = section.run.scope;
    let output: RuleOutput;
    try {
      rule.check(context);
      // A section-bound rule's output is in the order of its claims, whole or pieced together (and checked once, too).
      output = section?.run ? section.run.merge(own) : rule.bySection ? inClaimOrder(own) : own;
      if (section) keepOutput(doc, rule, section.globals, output);
    } catch (error) {
      if (error instanceof CheckCancelledError) throw error;
      // One rule's failure is one finding of that rule; the other rules' findings stand.
      output = { reports: [{ diagnostic: internalError(rule, severity, error), claim: { start: -1, end: -1 } }], verified: [] };
    }
    for (const { diagnostic, claim } of output.reports) reported.push({ rule: diagnostic.ruleId === rule.id || !notes ? rule : notes.rule, diagnostic, claim: claim.start < 0 ? '' : spanId(claim) });
    for (const { claim, loose } of output.verified) {
      const id = spanId(claim.range);
      verifiedIds.push(id);
      if (!loose) confirmedIds.push(id);
      // A confirmation replaces another rule's finding on the claim, where its rule says so (a group's total is no member's value).
      if (!loose && rule.confirmationSupersedes) for (const other of rule.confirmationSupersedes) supersede(other, id);
      verified.push(claim);
    }
  }
  // Precedence, whatever the order the rules ran in: a finding gives way to one on the same claim by a rule that
  // declares it supersedes the finding's rule (an arithmetic error is not also a dataset mismatch).
  // A confirmation replaces too, where its rule says so (above): "The eight schemes carried … 8.78 million in 2015", the
  // sum of the eight schemes' facts, is no one scheme's value.
  for (const { rule, diagnostic } of reported) if (rule.supersedes) for (const other of rule.supersedes) supersede(other, spanId(diagnostic.range));
  const confirmedSpans = new SpanIdSet(confirmedIds);
  const standing = reported.filter(({ rule, claim }) => claim === '' || superseded.get(rule.id)?.has(claim) !== true);
  const kept = withoutDerived(standing, spanId).map((r) => withAnchoredFix(r, confirmedSpans, spanId, (range) => isFigure(range, segmentAt)));
  const diagnostics = kept.map((r) => r.diagnostic);
  // Information findings (unverified) describe coverage; they do not make a claim a mismatch.
  const mismatchedSpans = new Set(kept.filter(({ rule, diagnostic }) => !rule.tags.includes('information') && !diagnostic.data?.internalError).map((r) => r.diagnostic.range));
  const lines = linesOf(doc.text, previousLines);
  const { visible, unused } = applySuppressions(diagnostics, doc.directives, lines, new Set([DISABLE_DIRECTIVE]));
  const directiveRule = active.find((a) => a.rule.id === DISABLE_DIRECTIVE);
  if (directiveRule?.options.unused) visible.push(...unusedDirectiveDiagnostics(unused, directiveRule.severity));
  visible.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { diagnostics: visible, coverage: coverageOf(doc, new SpanIdSet(verifiedIds), mismatchedSpans), links: () => (links ??= linkDocument(doc, dataset)), verified, lines };
}

/** The lines of `text`, from those of the version checked before it when there is one (only the edited lines looked for). */
function linesOf(text: string, previous: LineIndex | undefined): LineIndex {
  if (!previous) return new LineIndex(text);
  const { prefix, oldEnd, newEnd } = editBetween(previous.text, text);
  return LineIndex.edited(previous, text, prefix, oldEnd, newEnd);
}

/**
 * A fix is certain only when every slot its expected value depends on was read from the claim's own sentence or table
 * row and column; a reading with a lent slot (a subject from a heading, a base year from the sentence before, a whole
 * from a caption, one fact chosen among several) keeps its finding, and its fix becomes the first suggestion, which an
 * editor offers as a quick fix and --fix does not apply.
 */
function withLentFix(finding: Finding): Finding {
  if (!finding.fix || !finding.lent?.length) return finding;
  const { fix, ...rest } = finding;
  const lent = { ...fix, title: `${fix.title} (if the reading is right: ${describeLent(finding.lent)})` };
  return { ...rest, suggestions: [lent, ...(finding.suggestions ?? [])] };
}

/**
 * A reading whose slot came by a route that new voices were read wrongly by as often as rightly (lent-slots.ts,
 * doubtfulSlots) is no finding: it is an unverified note, in that rule's severity, that says what the rule would expect
 * and why it is unsure, and keeps the expected value as a suggestion only.
 */
function asNote(finding: Omit<Finding, 'claim' | 'lent'>, ruleId: string, severity: ActiveSeverity, doubtful: Parameters<typeof describeLent>[0]): Diagnostic {
  const { fix, suggestions, ...rest } = finding;
  const offered = [...(fix ? [fix] : []), ...(suggestions ?? [])];
  return {
    ...rest,
    ruleId: unverified.id,
    severity,
    message: `Not verified (${ruleId}): ${describeLent(doubtful)}, too far from the claim to be sure. ${finding.message}`,
    ...(offered.length ? { suggestions: offered } : {}),
  };
}

/**
 * An arithmetic finding computed from a value that another finding reports wrong (a change whose endpoint is a Total
 * that does not add up, a share of a count the dataset corrects) is derived from that error, a second report of one
 * slip: it gives way, whether it carries a fix or only a suggestion, unless each is computed from the other (its own
 * stated figure is no input). When both figures were wrong, the next check after the first is mended reports the other.
 */
function withoutDerived<T extends { rule: Rule; diagnostic: Diagnostic; claim: SpanId | '' }>(reported: T[], spanId: (span: Span) => SpanId): T[] {
  const wrongClaims = new Map<SpanId | '', T>();
  for (const r of reported) if (!r.rule.tags.includes('information') && !r.diagnostic.data?.internalError) wrongClaims.set(r.claim, r);
  const inputs = (r: T): Array<SpanId | ''> => (r.rule.tags.includes('arithmetic') ? (r.diagnostic.related ?? []).map((x) => spanId(x.range)) : []);
  return reported.filter((r) =>
    !inputs(r).some((key) => {
      if (key === r.claim) return false;
      const source = wrongClaims.get(key);
      return source !== undefined && source !== r && !inputs(source).includes(r.claim);
    }),
  );
}

/**
 * An arithmetic finding proves that its figures disagree, not which of them is wrong: "473 → 912 (+90.7%)" is as wrong
 * when 912 should read 902 as when +90.7% should read +92.8%. Its fix is certain only when every figure it was
 * computed from is confirmed by the dataset (or by another check); otherwise the fix is offered as a suggestion, which
 * an editor shows as a quick fix and `--fix` does not apply. Years are not figures here: they name the period.
 */
function withAnchoredFix<T extends { rule: Rule; diagnostic: Diagnostic }>(r: T, confirmedSpans: SpanIdSet, spanId: (span: Span) => SpanId, figure: (range: OffsetRange) => boolean): T {
  const { diagnostic } = r;
  if (!diagnostic.fix || !r.rule.tags.includes('arithmetic')) return r;
  const figures = (diagnostic.related ?? []).map((x) => x.range).filter(figure);
  if (figures.every((range) => confirmedSpans.has(spanId(range)))) return r;
  const { fix, ...rest } = diagnostic;
  const unconfirmed = { ...fix, title: `${fix.title} (if the figures it is computed from are right: the dataset does not confirm them)` };
  return { ...r, diagnostic: { ...rest, suggestions: [unconfirmed, ...(diagnostic.suggestions ?? [])] } };
}

/** A related range that holds a figure: a number token of the document starts there and is not a year. */
function isFigure(range: OffsetRange, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const token = segmentAt(range.start)?.tokens.find((t) => t.start <= range.start && range.start < t.end);
  return token !== undefined && !token.yearLike;
}

/** The finding a rule that threw leaves instead of its findings: at the start of the document, with the error. */
function internalError(rule: Rule, severity: ActiveSeverity, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ruleId: rule.id,
    severity,
    range: { start: 0, end: 0 },
    message: `Internal error in rule "${rule.id}" (${what.slice(0, 200)}): its checks of this document are incomplete; the other rules ran. Please report it.`,
    data: { internalError: true },
  };
}

const NON_FINITE = /(?<![\p{L}\p{N}])(?:-?Infinity|NaN)(?![\p{L}\p{N}])|In,fin/u;

/** No Infinity or NaN reaches what a finding proposes: its expected text, fixes, suggestions or data. */
function isFiniteFinding(finding: Finding): boolean {
  const proposed = [finding.expected ?? '', ...[finding.fix, ...(finding.suggestions ?? [])].flatMap((f) => f?.edits.map((e) => e.newText) ?? [])];
  if (proposed.some((t) => NON_FINITE.test(t))) return false;
  return Object.values(finding.data ?? {}).every((v) => (typeof v === 'number' ? Number.isFinite(v) : !Array.isArray(v) || v.every((x) => typeof x !== 'number' || Number.isFinite(x))));
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** A span as one number, start × (length + 1) + end, exact for a document under ~94 million characters; else its string key. */
export type SpanId = number | string;

function spanIds(length: number): (span: Span) => SpanId {
  const at = spanIdsAt(length);
  return (span) => at(span.start, span.end);
}

/** spanIds' number of the span [start, end), without a span object made to ask it. */
function spanIdsAt(length: number): (start: number, end: number) => SpanId {
  const base = length + 1;
  const exact = base * base < Number.MAX_SAFE_INTEGER;
  return (start, end) => (exact && start >= 0 && end >= 0 && end < base && start < base ? start * base + end : spanKey({ start, end }));
}

/** The first index of sorted `numbers` whose number is not below `id` (`numbers.length` when none is). */
function firstNotBelow(numbers: Float64Array, id: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Span ids asked with `has`, given all at once: the numbers sorted into one typed array and found by binary search.
 * A Set grown id by id held a 1 MB draft's ~2,300 verified and ~2,100 confirmed claims' ids in hash tables rebuilt at
 * each doubling, ~0.35 MB a keystroke (perf-key68). Ids that are strings (past ~94 million characters) go to a Set.
 */
export class SpanIdSet {
  private readonly numbers: Float64Array;
  private readonly strings: Set<SpanId> | undefined;

  constructor(ids: readonly SpanId[]) {
    let count = 0;
    let strings: Set<SpanId> | undefined;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (typeof id === 'number') count++;
      else (strings ??= new Set()).add(id);
    }
    const numbers = new Float64Array(count);
    for (let i = 0, k = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (typeof id === 'number') numbers[k++] = id;
    }
    this.numbers = numbers.sort();
    this.strings = strings;
  }

  has(id: SpanId): boolean {
    if (typeof id !== 'number') return this.strings !== undefined && this.strings.has(id);
    const at = firstNotBelow(this.numbers, id);
    return at < this.numbers.length && this.numbers[at] === id;
  }

  /**
   * A reader that answers as has() does, found from where the last id asked was: for ids asked in ascending order (a
   * walk of the document's tokens, coverageOf) one pass over the sorted ids in all, not a binary search per id.
   */
  cursor(): SpanIdCursor {
    return new SpanIdCursor(this.numbers, this.strings);
  }
}

/** SpanIdSet.cursor(): the set's answers; an id smaller than the last one asked is searched for from the start. */
export class SpanIdCursor {
  /** The first index whose number is not below `last`. */
  private at = 0;
  private last = -Infinity;

  constructor(
    private readonly numbers: Float64Array,
    private readonly strings: Set<SpanId> | undefined,
  ) {}

  has(id: SpanId): boolean {
    if (typeof id !== 'number') return this.strings !== undefined && this.strings.has(id);
    const numbers = this.numbers;
    const n = numbers.length;
    let at: number;
    if (id >= this.last) {
      at = this.at;
      while (at < n && numbers[at]! < id) at++;
    } else at = firstNotBelow(numbers, id);
    this.at = at;
    this.last = id;
    return at < n && numbers[at] === id;
  }
}

/** Claims are the numbers in prose that are not years, citations or list markers. */
function coverageOf(doc: AnalysedDocument, verified: SpanIdSet, mismatched: ReadonlySet<Span>): Coverage {
  let claims = 0;
  let v = 0;
  let m = 0;
  // Both asked through cursors, the tokens coming in document order: a Set of the mismatched starts and a binary search
  // of the verified ids per claim took ~0.5 of the walk's ~0.6 ms on a 1 MB draft (3,505 claims, perf-key82).
  const starts: number[] = [];
  for (const span of mismatched) starts.push(span.start);
  const mismatchStarts = new SpanIdSet(starts).cursor();
  const verifiedIds = verified.cursor();
  // Volume and page numbers of the bibliography are not claims.
  const bibliography = findBibliography(doc)?.section;
  // Indexed loops, the segments without numbers (most of them) passed over first: a for-of over every segment's list
  // (a shared frozen empty one for most, the segment's own for the rest) and a set lookup per segment cost about twice
  // the walk (perf-key60: 0.74 → 0.39 ms on a 1 MB draft; the set lookup of each claim's span is most of the rest).
  // Each segment's tokens as its analysis holds them, relative to the segment's start (perf-key63): the walk of every
  // segment would otherwise shift the tokens of each segment placed after an edit, which nothing else reads.
  const spanIdAt = spanIdsAt(doc.text.length);
  const segments = doc.segments;
  for (let i = 0, n = segments.length; i < n; i++) {
    const segment = segments[i]!;
    const tokens = relativeTokens(segment);
    if (tokens.length === 0 || (bibliography !== undefined && bibliography.has(i))) continue;
    const by = tokenOffset(segment);
    for (let j = 0; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (token.yearLike) continue;
      claims++;
      const start = token.start + by;
      const end = token.end + by;
      // A mismatched span at the token's start covers its own span too.
      if (mismatchStarts.has(start)) m++;
      else if (verifiedIds.has(spanIdAt(start, end))) v++;
    }
  }
  return { claims, verified: v, mismatched: m, unverified: claims - v - m };
}
