// What the server keeps per open draft: the version last checked, its result (for the next incremental check,
// hovers and code actions), and what it was checked against. Dropped when the draft closes.
import type { CheckResult, Engine, LineIndex } from '../engine/index.js';
import type { DatasetState } from '../node/workspace.js';

export interface DocumentState {
  version: number;
  result: CheckResult;
  lines: LineIndex;
  engine: Engine;
  dataset: DatasetState;
  config?: string;
}

export class DocumentStates {
  private readonly byUri = new Map<string, DocumentState>();

  get(uri: string): DocumentState | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, state: DocumentState): void {
    this.byUri.set(uri, state);
  }

  drop(uri: string): void {
    this.byUri.delete(uri);
  }
}
