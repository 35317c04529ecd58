// factlint findings as LSP diagnostics: source "factlint", rule id as code with its docs link, related locations,
// severity from the configuration, unverified claims as hints.
import { DiagnosticSeverity, type ClientCapabilities, type CodeDescription, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { CheckResult, Diagnostic, Engine, LineIndex } from '../../engine/index.js';
import { toRange } from '../convert.js';

export const SOURCE = 'factlint';

/** What a diagnostic carries for its code actions: the document version it was computed for. */
export interface DiagnosticData {
  version: number;
  /** Index into the check result's diagnostics. */
  index: number;
}

/**
 * The optional diagnostic fields the client declared it reads (LSP `textDocument.publishDiagnostics`, or
 * `textDocument.diagnostic` for a client that pulls): the others are not sent. The related locations are about half
 * the bytes of a draft's diagnostics (bench/RESULTS.md, perf-key72).
 */
export interface DiagnosticSupport {
  relatedInformation: boolean;
  codeDescription: boolean;
}

/** Everything: for hosts that know their client reads every field (and the default). */
export const FULL_DIAGNOSTIC_SUPPORT: DiagnosticSupport = Object.freeze({ relatedInformation: true, codeDescription: true });

export function diagnosticSupport(capabilities: ClientCapabilities): DiagnosticSupport {
  const published = capabilities.textDocument?.publishDiagnostics;
  // LSP 3.18 gives a pulling client the same flags under textDocument.diagnostic.
  const pulled = capabilities.textDocument?.diagnostic as { relatedInformation?: boolean; codeDescriptionSupport?: boolean } | undefined;
  return {
    relatedInformation: published?.relatedInformation === true || pulled?.relatedInformation === true,
    codeDescription: published?.codeDescriptionSupport === true || pulled?.codeDescriptionSupport === true,
  };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Per rule, what every diagnostic of it shares: whether it is an information finding (a hint) and its docs link. */
interface RuleLsp {
  information: boolean;
  codeDescription: CodeDescription | undefined;
}

/** Built once per engine, not on every keystroke's conversion; the docs links are shared objects (read only: serialised). */
const rulesByEngine = new WeakMap<Engine, ReadonlyMap<string, RuleLsp>>();

function rulesOf(engine: Engine): ReadonlyMap<string, RuleLsp> {
  let rules = rulesByEngine.get(engine);
  if (!rules) {
    rules = new Map(engine.rules.map((r) => [r.id, { information: r.tags.includes('information'), codeDescription: r.docsUrl ? Object.freeze({ href: r.docsUrl }) : undefined }]));
    rulesByEngine.set(engine, rules);
  }
  return rules;
}

export function toLspDiagnostics(result: CheckResult, lines: LineIndex, uri: string, version: number, support: DiagnosticSupport = FULL_DIAGNOSTIC_SUPPORT): LspDiagnostic[] {
  const rules = rulesOf(result.state.engine);
  const out: LspDiagnostic[] = new Array(result.diagnostics.length);
  for (let index = 0; index < out.length; index++) out[index] = toLspDiagnostic(result.diagnostics[index]!, index, rules.get(result.diagnostics[index]!.ruleId), lines, uri, version, support);
  return out;
}

function toLspDiagnostic(d: Diagnostic, index: number, rule: RuleLsp | undefined, lines: LineIndex, uri: string, version: number, support: DiagnosticSupport): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: toRange(lines, d.range),
    severity: rule?.information ? DiagnosticSeverity.Hint : SEVERITY[d.severity],
    source: SOURCE,
    code: d.ruleId,
    message: d.message,
    data: { version, index } satisfies DiagnosticData,
  };
  if (support.codeDescription && rule?.codeDescription) diagnostic.codeDescription = rule.codeDescription;
  if (support.relatedInformation && (d.related?.length || d.reason)) diagnostic.relatedInformation = relatedInformation(d, lines, uri);
  return diagnostic;
}

/** The inputs of the check where they stand, and the formula or dataset fact behind the expectation. */
function relatedInformation(d: Diagnostic, lines: LineIndex, uri: string): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of d.related ?? []) out.push({ location: { uri, range: toRange(lines, r.range) }, message: r.message });
  if (d.reason) out.push({ location: { uri, range: toRange(lines, d.range) }, message: d.reason });
  return out;
}
