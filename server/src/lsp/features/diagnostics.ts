// factlint findings as LSP diagnostics: source "factlint", rule id as code with its docs link, related locations,
// severity from the configuration, unverified claims as hints.
import { DiagnosticSeverity, type ClientCapabilities, type CodeDescription, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { CheckResult, Diagnostic, Engine, LineIndex, OffsetRange } from '../../engine/index.js';
import { editBetween } from '../../engine/markdown/document.js';
import { toRange } from '../convert.js';

export const SOURCE = 'factlint';

/**
 * What a diagnostic carries for its code actions: an id the server gave it when it made it. A diagnostic is published
 * again, the same object with the same id, in the next versions for as long as its finding's content and LSP ranges
 * stay what they were (reusedDiagnostics); a code action finds the diagnostic by id among the current version's, so a
 * diagnostic of an older text whose finding is not the same in the current one finds nothing, and an action is always
 * computed from the current version's result and names that version in its edit.
 */
export interface DiagnosticData {
  id: number;
}

/** The last id given to a diagnostic (ids are unique within the server's process). */
let lastId = 0;

/** The index of the diagnostic with `id` among `diagnostics` (-1 when none has it). */
export function indexOfId(diagnostics: readonly LspDiagnostic[], id: unknown): number {
  if (typeof id !== 'number') return -1;
  for (let i = 0; i < diagnostics.length; i++) if ((diagnostics[i]!.data as DiagnosticData | undefined)?.id === id) return i;
  return -1;
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

/** A draft's diagnostics as converted for one check result: what the next version's conversion may reuse. */
export interface ConvertedDiagnostics {
  result: CheckResult;
  diagnostics: readonly LspDiagnostic[];
  uri: string;
  support: DiagnosticSupport;
}

/**
 * The LSP diagnostics of a check result; with `previous` (the same draft's last conversion), those whose finding is
 * unchanged by the edit between the two texts are the previous objects, not made again (reusedDiagnostics).
 */
export function toLspDiagnostics(result: CheckResult, lines: LineIndex, uri: string, support: DiagnosticSupport = FULL_DIAGNOSTIC_SUPPORT, previous?: ConvertedDiagnostics): LspDiagnostic[] {
  const rules = rulesOf(result.state.engine);
  const out: LspDiagnostic[] = new Array(result.diagnostics.length);
  if (previous && reusable(previous, result, uri, support)) reusedDiagnostics(previous, result, out);
  for (let index = 0; index < out.length; index++) {
    if (out[index] === undefined) out[index] = toLspDiagnostic(result.diagnostics[index]!, rules.get(result.diagnostics[index]!.ruleId), lines, uri, support);
  }
  return out;
}

/** Whether a previous conversion was made for the same draft, engine and fields, from another version's result. */
function reusable(previous: ConvertedDiagnostics, result: CheckResult, uri: string, support: DiagnosticSupport): boolean {
  return previous.uri === uri && previous.result !== result && previous.result.state.engine === result.state.engine && previous.support.relatedInformation === support.relatedInformation && previous.support.codeDescription === support.codeDescription && previous.diagnostics.length === previous.result.diagnostics.length;
}

/**
 * Fills `out` with the previous version's LSP diagnostics whose content the edit cannot have changed.
 * An LSP diagnostic is made of its finding's rule, severity, message, reason, related messages and the line and
 * character of each offset of its ranges, and an offset keeps its line and character (Place) when it lies before the
 * edit, unmoved, or past the edit's last line, moved by the edit's length, where the edit kept the number of lines.
 * The findings are paired from the start and from the end of both lists (each version's are in document order, and
 * away from the edit they are the previous version's, moved past it), while each is the previous one with every
 * offset so placed; between the two, by identity.
 */
function reusedDiagnostics(previous: ConvertedDiagnostics, result: CheckResult, out: LspDiagnostic[]): void {
  const old = previous.result;
  const place = new Place(old, result);
  const current = result.diagnostics;
  const before = old.diagnostics;
  // From the start while the same (many rules give the findings before an edit again as equal new objects).
  let head = 0;
  while (head < current.length && head < before.length && place.unchanged(before[head]!, current[head]!)) {
    out[head] = previous.diagnostics[head]!;
    head++;
  }
  // From the end while the same, moved.
  let tail = 0;
  while (tail < current.length - head && tail < before.length - head && place.unchanged(before[before.length - 1 - tail]!, current[current.length - 1 - tail]!)) {
    out[current.length - 1 - tail] = previous.diagnostics[before.length - 1 - tail]!;
    tail++;
  }
  // Between them (around the edit, where findings came or went), the findings the engine kept as the same objects.
  if (head + tail < current.length && head + tail < before.length) {
    const index = new Map<Diagnostic, number>();
    for (let j = head; j < before.length - tail; j++) index.set(before[j]!, j);
    for (let i = head; i < current.length - tail; i++) {
      const j = index.get(current[i]!);
      if (j === undefined || !place.unchanged(before[j]!, current[i]!)) continue;
      out[i] = previous.diagnostics[j]!;
    }
  }
}

/** Which offsets of a version stand at the same line and character as an offset of the previous version. */
class Place {
  /** [0, prefix) is the same text in both versions: an offset there is at the same line and character. */
  private readonly prefix: number;
  /** From `after` on (Infinity when the edit changed the number of lines), offsets moved by `by` are at the same line and character. */
  private readonly after: number;
  private readonly by: number;

  constructor(old: CheckResult, result: CheckResult) {
    const { prefix, oldEnd, newEnd } = editBetween(old.text, result.text);
    this.prefix = prefix;
    this.by = newEnd - oldEnd;
    const lines = result.lines;
    const edited = lines.locate(newEnd).line;
    // The line starts after the changed text are the previous ones moved (each is read from the text around it, the
    // same); with as many lines in all, as many lie before each of them, so its line number is the same too.
    this.after = lines.lineCount === old.lines.lineCount && edited < lines.lineCount ? lines.lineStart(edited + 1) : Infinity;
  }

  /** Whether `d` shows as `was` did: the same rule, severity and texts, each offset where `was`'s stood. */
  unchanged(was: Diagnostic, d: Diagnostic): boolean {
    if (was.ruleId !== d.ruleId || was.severity !== d.severity || was.message !== d.message || was.reason !== d.reason) return false;
    if (!this.same(was.range, d.range)) return false;
    const a = was.related;
    const b = d.related;
    if (a === undefined || b === undefined) return a === b;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k]!.message !== b[k]!.message || !this.same(a[k]!.range, b[k]!.range)) return false;
    return true;
  }

  private same(was: OffsetRange, range: OffsetRange): boolean {
    return this.at(was.start, range.start) && this.at(was.end, range.end);
  }

  private at(was: number, offset: number): boolean {
    return offset < this.prefix ? was === offset : offset >= this.after && was === offset - this.by;
  }
}

function toLspDiagnostic(d: Diagnostic, rule: RuleLsp | undefined, lines: LineIndex, uri: string, support: DiagnosticSupport): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: toRange(lines, d.range),
    severity: rule?.information ? DiagnosticSeverity.Hint : SEVERITY[d.severity],
    source: SOURCE,
    code: d.ruleId,
    message: d.message,
    data: { id: ++lastId } satisfies DiagnosticData,
  };
  if (support.codeDescription && rule?.codeDescription) diagnostic.codeDescription = rule.codeDescription;
  if (support.relatedInformation && (d.related?.length || d.reason)) diagnostic.relatedInformation = relatedInformation(d, lines, uri);
  made.add(diagnostic);
  return diagnostic;
}

/**
 * The diagnostics toLspDiagnostic made: never changed once made (a keystroke publishes them again as they are), so
 * their JSON is made once (message-writer.ts).
 */
const made = new WeakSet<LspDiagnostic>();
const json = new WeakMap<LspDiagnostic, Buffer>();

/** `JSON.stringify(d)` as UTF-8, kept with a diagnostic toLspDiagnostic made. */
export function diagnosticJson(d: unknown): Buffer {
  if (typeof d !== 'object' || d === null || !made.has(d as LspDiagnostic)) return Buffer.from(JSON.stringify(d) ?? 'null', 'utf-8');
  let bytes = json.get(d as LspDiagnostic);
  if (bytes === undefined) json.set(d as LspDiagnostic, (bytes = Buffer.from(JSON.stringify(d), 'utf-8')));
  return bytes;
}

/** The inputs of the check where they stand, and the formula or dataset fact behind the expectation. */
function relatedInformation(d: Diagnostic, lines: LineIndex, uri: string): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of d.related ?? []) out.push({ location: { uri, range: toRange(lines, r.range) }, message: r.message });
  if (d.reason) out.push({ location: { uri, range: toRange(lines, d.range) }, message: d.reason });
  return out;
}
