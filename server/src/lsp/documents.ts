// What the server keeps per open draft: the version last checked, the diagnostics published for it (with a result id
// for pull diagnostics) and what it was checked against. The full check result (parse model and analysis, ~1 MiB per
// 75 KB draft, for the next incremental check, hovers and code actions) is kept only for the drafts checked most
// recently; the others keep their diagnostics, and their next edit, hover or code action checks them in full once.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { CheckResult, Engine, LineIndex } from '../engine/index.js';
import type { DatasetState } from '../node/workspace.js';

/** How many drafts keep their full check result: the ones being edited, and a few to switch back to. */
export const FULL_RESULTS_KEPT = 8;

export interface CheckedDraft {
  result: CheckResult;
  lines: LineIndex;
}

export interface DocumentState {
  version: number;
  /** The diagnostics as published (or answered to a pull) for this version. */
  diagnostics: LspDiagnostic[];
  /** Changes whenever `diagnostics` are computed again: a client holding it has them. */
  resultId: string;
  engine?: Engine;
  dataset?: DatasetState;
  config?: string;
  /** Present for the FULL_RESULTS_KEPT most recently checked drafts. */
  checked?: CheckedDraft;
}

export class DocumentStates {
  private readonly byUri = new Map<string, DocumentState>();
  /** URIs whose state holds `checked`, least recently checked first. */
  private readonly withResult: string[] = [];
  private results = 0;

  constructor(private readonly fullResultsKept = FULL_RESULTS_KEPT) {}

  get(uri: string): DocumentState | undefined {
    return this.byUri.get(uri);
  }

  /** Stores a draft's new state under a fresh result id; beyond the most recent few, older drafts drop their full result. */
  set(uri: string, state: Omit<DocumentState, 'resultId'>): DocumentState {
    const stored = { ...state, resultId: String(++this.results) };
    this.byUri.set(uri, stored);
    this.forgetResult(uri);
    if (stored.checked) this.keepResult(uri);
    return stored;
  }

  /** Gives a draft whose full result was dropped the one a new full check of the same version produced. */
  restore(uri: string, checked: CheckedDraft): void {
    const state = this.byUri.get(uri);
    if (!state) return;
    state.checked = checked;
    this.forgetResult(uri);
    this.keepResult(uri);
  }

  drop(uri: string): void {
    this.byUri.delete(uri);
    this.forgetResult(uri);
  }

  private keepResult(uri: string): void {
    this.withResult.push(uri);
    while (this.withResult.length > this.fullResultsKept) {
      const oldest = this.withResult.shift()!;
      const state = this.byUri.get(oldest);
      if (state) delete state.checked;
    }
  }

  private forgetResult(uri: string): void {
    const at = this.withResult.indexOf(uri);
    if (at >= 0) this.withResult.splice(at, 1);
  }
}
