// createEngine(): the factlint engine — check a document, incrementally, and get diagnostics, coverage and fixes.
import type { RuleSetting, Severity } from '@factlint/schemas';
import { analyseDocument, createMatchers, type AnalysedDocument, type Matchers } from './analysis.js';
import { findBibliography } from './context/bibliography.js';
import { linkDocument, type DocumentLinks } from './context/links.js';
import type { Dataset } from './dataset/index.js';
import { buildDocument, throwIfCancelled, type Cancellation, type DocumentModel } from './markdown/document.js';
import type { Span } from './markdown/facts.js';
import { LineIndex } from './positions.js';
import { isPrintable } from './printable.js';
import { allRules } from './rules/index.js';
import type { Finding, Rule, RuleContext } from './rules/rule.js';
import { applySuppressions } from './suppression.js';
import { DISABLE_DIRECTIVE, unusedDirectiveDiagnostics } from './rules/disable-directive.js';
import type { ActiveSeverity, Coverage, Diagnostic, RuleMeta } from './types.js';

export interface EngineOptions {
  dataset: Dataset;
  /** Rule id → severity or { severity, ...options }, as in the configuration file. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Parse even the chunks no rule reads (slower; for equivalence tests and benchmarks). */
  parseAll?: boolean;
}

export interface CheckOptions {
  /** The result of the previous check of the same document: only the changed blocks are parsed again. */
  previous?: CheckResult;
  /** Checked between phases; a cancelled check throws CheckCancelledError. */
  cancellation?: Cancellation;
}

export interface CheckResult {
  text: string;
  diagnostics: Diagnostic[];
  coverage: Coverage;
  /** How many top-level blocks were parsed for this result (all, or only the edited ones). */
  parsedBlocks: number;
  totalBlocks: number;
  /** Opaque state for the next incremental check. */
  readonly state: { model: DocumentModel; engine: Engine };
}

export interface Engine {
  readonly dataset: Dataset;
  readonly rules: readonly RuleMeta[];
  check(text: string, options?: CheckOptions): CheckResult;
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

export function resolveRules(settings: Readonly<Record<string, RuleSetting>> = {}): ActiveRule[] {
  const known = new Set(allRules.map((r) => r.id));
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) throw new UnknownRuleError(`unknown rule "${id}" (known: ${[...known].join(', ')})`);
  }
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
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
  const active = resolveRules(options.rules);
  const matchers: Matchers = createMatchers(options.dataset);
  const engine: Engine = {
    dataset: options.dataset,
    rules: allRules.map(({ check: _check, options: _options, ...meta }) => meta),
    check(text, checkOptions = {}) {
      const cancellation = checkOptions.cancellation;
      const previous = checkOptions.previous?.state.engine === engine ? checkOptions.previous.state.model : undefined;
      const model = buildDocument(text, previous, { parseAll: options.parseAll });
      throwIfCancelled(cancellation);
      const doc = analyseDocument(model, matchers);
      throwIfCancelled(cancellation);
      const { diagnostics, coverage } = runRules(doc, options.dataset, active, cancellation);
      return { text, diagnostics, coverage, parsedBlocks: model.parsedBlocks, totalBlocks: model.blocks.length, state: { model, engine } };
    },
  };
  return Object.freeze(engine);
}

function runRules(doc: AnalysedDocument, dataset: Dataset, active: readonly ActiveRule[], cancellation?: Cancellation): { diagnostics: Diagnostic[]; coverage: Coverage } {
  const diagnostics: Diagnostic[] = [];
  const verifiedSpans = new Set<string>();
  const mismatchedSpans = new Set<string>();
  let links: DocumentLinks | undefined;
  const segmentStarts = doc.segments.map((s) => s.start);
  const segmentAt = (offset: number) => {
    let lo = 0;
    let hi = segmentStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segmentStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = doc.segments[lo];
    return s && s.start <= offset && offset <= s.end ? s : undefined;
  };
  for (const { rule, severity, options } of active) {
    throwIfCancelled(cancellation);
    const context: RuleContext = {
      doc,
      dataset,
      options,
      links: () => (links ??= linkDocument(doc, dataset)),
      report(finding: Finding) {
        if (!isPrintable(finding)) return; // a value past what a number can print: not a certain reading
        diagnostics.push({ ruleId: rule.id, severity, ...finding });
        // Information findings (unverified) describe coverage; they do not make a claim a mismatch.
        if (!rule.tags.includes('information')) mismatchedSpans.add(spanKey(finding.range));
      },
      verified(span: Span) {
        verifiedSpans.add(spanKey(span));
      },
      segmentAt,
      alreadyReported: (span: Span) => mismatchedSpans.has(spanKey(span)),
    };
    rule.check(context);
  }
  const lines = new LineIndex(doc.text);
  const { visible, unused } = applySuppressions(diagnostics, doc.directives, lines, new Set([DISABLE_DIRECTIVE]));
  const directiveRule = active.find((a) => a.rule.id === DISABLE_DIRECTIVE);
  if (directiveRule?.options.unused) visible.push(...unusedDirectiveDiagnostics(unused, directiveRule.severity));
  visible.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { diagnostics: visible, coverage: coverageOf(doc, verifiedSpans, mismatchedSpans) };
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** Claims are the numbers in prose that are not years, citations or list markers. */
function coverageOf(doc: AnalysedDocument, verified: Set<string>, mismatched: Set<string>): Coverage {
  let claims = 0;
  let v = 0;
  let m = 0;
  const mismatchStarts = new Set([...mismatched].map((k) => Number(k.split(':')[0])));
  // Volume and page numbers of the bibliography are not claims.
  const bibliography = findBibliography(doc)?.section ?? new Set<number>();
  for (const segment of doc.segments) {
    if (bibliography.has(segment.index)) continue;
    for (const token of segment.tokens) {
      if (token.yearLike) continue;
      claims++;
      const key = spanKey(token);
      if (mismatched.has(key) || mismatchStarts.has(token.start)) m++;
      else if (verified.has(key)) v++;
    }
  }
  return { claims, verified: v, mismatched: m, unverified: claims - v - m };
}
