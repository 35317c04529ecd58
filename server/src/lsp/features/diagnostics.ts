// factlint findings as LSP diagnostics: source "factlint", rule id as code with its docs link, related locations,
// severity from the configuration, unverified claims as hints.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { CheckResult, Diagnostic, LineIndex } from '../../engine/index.js';
import { toRange } from '../convert.js';

export const SOURCE = 'factlint';

/** What a diagnostic carries for its code actions: the document version it was computed for. */
export interface DiagnosticData {
  version: number;
  /** Index into the check result's diagnostics. */
  index: number;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toLspDiagnostics(result: CheckResult, lines: LineIndex, uri: string, version: number): LspDiagnostic[] {
  const docs = new Map(result.state.engine.rules.map((r) => [r.id, r]));
  return result.diagnostics.map((d, index) => {
    const rule = docs.get(d.ruleId);
    const information = rule?.tags.includes('information') ?? false;
    const diagnostic: LspDiagnostic = {
      range: toRange(lines, d.range),
      severity: information ? DiagnosticSeverity.Hint : SEVERITY[d.severity],
      source: SOURCE,
      code: d.ruleId,
      message: d.message,
      data: { version, index } satisfies DiagnosticData,
    };
    if (rule?.docsUrl) diagnostic.codeDescription = { href: rule.docsUrl };
    const related = relatedInformation(d, lines, uri);
    if (related.length) diagnostic.relatedInformation = related;
    return diagnostic;
  });
}

/** The inputs of the check where they stand, and the formula or dataset fact behind the expectation. */
function relatedInformation(d: Diagnostic, lines: LineIndex, uri: string): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({ location: { uri, range: toRange(lines, r.range) }, message: r.message }));
  if (d.reason) out.push({ location: { uri, range: toRange(lines, d.range) }, message: d.reason });
  return out;
}
