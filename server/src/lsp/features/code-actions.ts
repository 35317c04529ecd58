// Code actions: each finding's certain fix (preferred) and suggestions, a footnote stub for an undefined footnote,
// removal of an unused one, a suppression comment, and "fix all" as source.fixAll.factlint. Every edit names the
// document version it was computed for, so a client never applies it to a newer text.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { suppressionEdit, type CheckResult, type Diagnostic, type Engine, type LineIndex, type TextEdit } from '../../engine/index.js';
import { toRange } from '../convert.js';
import { indexOfId, SOURCE, type DiagnosticData } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.factlint`;

export interface ActionTarget {
  uri: string;
  version: number;
  result: CheckResult;
  lines: LineIndex;
  engine: Engine;
  /** The diagnostics published for `version` (their ids name the findings of `result`, index for index). */
  diagnostics: readonly LspDiagnostic[];
}

export function quickFixes(target: ActionTarget, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const lsp of diagnostics) {
    if (lsp.source !== SOURCE) continue;
    // Found by id among the current version's: a diagnostic of an older text is found only when it was published again,
    // unchanged, for this one (diagnostics.ts); any other is of another text and gets no action.
    const index = indexOfId(target.diagnostics, (lsp.data as Partial<DiagnosticData> | undefined)?.id);
    if (index < 0) continue;
    const d = target.result.diagnostics[index];
    if (!d || d.ruleId !== lsp.code) continue;
    if (d.fix) actions.push(action(target, d.fix.title, CodeActionKind.QuickFix, d.fix.edits, lsp, true));
    for (const s of d.suggestions ?? []) actions.push(action(target, s.title, CodeActionKind.QuickFix, s.edits, lsp, false));
    const footnote = footnoteAction(target, d);
    if (footnote) actions.push(action(target, footnote.title, CodeActionKind.QuickFix, footnote.edits, lsp, false));
    const suppress = suppressionEdit(target.result, d.range.start, d.ruleId);
    if (suppress) actions.push(action(target, `Disable ${d.ruleId} for this line`, CodeActionKind.QuickFix, [suppress], lsp, false));
  }
  return actions;
}

/** Every certain fix applied until none is left, as one edit of the changed part of the text. */
export function fixAllAction(target: ActionTarget): CodeAction | undefined {
  const fixed = target.engine.fixAll(target.result.text, { checked: target.result });
  if (fixed.text === target.result.text) return undefined;
  return action(target, 'Fix all factlint problems', FIX_ALL_KIND, [minimalEdit(target.result.text, fixed.text)], undefined, false);
}

function footnoteAction(target: ActionTarget, d: Diagnostic): { title: string; edits: TextEdit[] } | undefined {
  const text = target.result.text;
  if (d.ruleId === 'footnote-undefined') {
    const label = /^\[\^([^\]]+)\]$/.exec(text.slice(d.range.start, d.range.end))?.[1];
    if (!label) return undefined;
    const end = text.length;
    const gap = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { title: `Add a definition for [^${label}]`, edits: [{ range: { start: end, end }, newText: `${gap}[^${label}]: Source to be added.\n` }] };
  }
  if (d.ruleId === 'footnote-unused') {
    const definition = target.result.state.doc.footnoteDefs.find((f) => f.start <= d.range.start && d.range.start <= f.end);
    if (!definition) return undefined;
    let end = definition.end;
    if (text[end] === '\n') end++;
    // Take the blank line after it too when one stands before it, so no double blank line is left.
    if (text[end] === '\n' && (definition.start === 0 || text.slice(definition.start - 2, definition.start) === '\n\n')) end++;
    return { title: `Remove the unused footnote [^${definition.label}]`, edits: [{ range: { start: definition.start, end }, newText: '' }] };
  }
  return undefined;
}

function action(target: ActionTarget, title: string, kind: string, edits: readonly TextEdit[], diagnostic: LspDiagnostic | undefined, isPreferred: boolean): CodeAction {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: toRange(target.lines, e.range), newText: e.newText }));
  const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: lspEdits }] };
  return { title, kind, edit, ...(diagnostic ? { diagnostics: [diagnostic] } : {}), ...(isPreferred ? { isPreferred } : {}) };
}

/** One edit replacing only what differs between two texts (common prefix and suffix kept), so cursors stay put. */
function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
