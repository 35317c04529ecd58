// "Check workspace": lints every Markdown file of the workspace folders (honouring .gitignore/.factlintignore) with
// a progress notification and keeps the diagnostics of the files not open in an editor current as those files, or
// the datasets and configs they use, change on disk. They are published (push), or, for a client that pulls
// diagnostics (LSP 3.17), kept as reports that a workspace/diagnostic request answers.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, Diagnostic as LspDiagnostic, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { discoverFiles } from '../../node/discover.js';
import type { EditorSettings, WorkspaceService } from '../../node/workspace.js';
import { FULL_DIAGNOSTIC_SUPPORT, toLspDiagnostics, type DiagnosticSupport } from './diagnostics.js';

interface FileReport {
  uri: string;
  resultId: string;
  items: LspDiagnostic[];
}

/** An open draft's latest diagnostics, for the workspace pull (the document pull answers them for visible editors). */
export interface OpenDraftReport extends FileReport {
  version: number;
}

export class WorkspaceCheck {
  /** Files the last workspace check covered (absolute paths). */
  private readonly covered = new Set<string>();
  /** Pull mode: the latest diagnostics of each covered file, by path, each under its own result id. */
  private readonly reports = new Map<string, FileReport>();
  private results = 0;
  private checkedOnce = false;
  /** Wake the workspace pulls that wait for a report to change. */
  private waiting: Array<() => void> = [];

  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceService,
    private readonly isOpen: (uri: string) => boolean,
    private readonly settingsFor: (uri: string) => Promise<EditorSettings>,
    /** Whether the client pulls diagnostics (then nothing is published). */
    private readonly pulls: () => boolean,
    /** The optional diagnostic fields the client reads. */
    private readonly support: () => DiagnosticSupport = () => FULL_DIAGNOSTIC_SUPPORT,
  ) {}

  async run(folders: readonly string[], token: CancellationToken): Promise<{ files: number; problems: number }> {
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('factlint: checking the workspace', 0, undefined, true);
    const files: string[] = [];
    for (const folder of folders) files.push(...(await discoverFiles([], folder)).files);
    let problems = 0;
    try {
      for (const [i, path] of files.entries()) {
        if (token.isCancellationRequested || progress.token.isCancellationRequested) break;
        progress.report(Math.round((i / Math.max(files.length, 1)) * 100), path);
        this.covered.add(path);
        problems += await this.refresh(path);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress.done();
    }
    this.checkedOnce = true;
    return { files: files.length, problems };
  }

  /**
   * workspace/diagnostic: the reports whose result id differs from the one the client holds, of the files not open
   * and of the open drafts (`openDrafts`, with their version); the first request checks the workspace. When none
   * differs, waits until one does (`reportsChanged()`) or the client cancels.
   */
  async pull(
    folders: readonly string[],
    previousResultIds: ReadonlyArray<{ uri: string; value: string }>,
    openDrafts: () => OpenDraftReport[],
    token: CancellationToken,
  ): Promise<{ items: WorkspaceDocumentDiagnosticReport[] }> {
    if (!this.checkedOnce) await this.run(folders, token);
    const held = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    for (;;) {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const report of this.reports.values()) {
        if (this.isOpen(report.uri) || held.get(report.uri) === report.resultId) continue;
        items.push({ kind: 'full', uri: report.uri, version: null, resultId: report.resultId, items: report.items });
      }
      for (const draft of openDrafts()) {
        if (held.get(draft.uri) !== draft.resultId) items.push({ kind: 'full', ...draft });
      }
      if (items.length || token.isCancellationRequested) return { items };
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        token.onCancellationRequested(() => resolve());
      });
    }
  }

  /** Wakes the workspace pulls that wait for a report to change (a file's or an open draft's). */
  reportsChanged(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** A Markdown file changed, appeared or vanished on disk: re-check it when the workspace check covers it (or, once one ran, a new file). */
  async fileChanged(path: string, created: boolean): Promise<void> {
    if (!this.covered.has(path) && !(created && this.covered.size > 0)) return;
    this.covered.add(path);
    await this.refresh(path);
  }

  /** Checks one covered file from disk and publishes its diagnostics (cleared when it is gone); returns their count. */
  async refresh(path: string): Promise<number> {
    const uri = pathToFileURL(path).href;
    if (this.isOpen(uri)) return 0; // an open draft's live check owns its diagnostics
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
      this.covered.delete(path);
      this.deliver(path, uri, []);
      return 0;
    }
    const setup = await this.workspace.setupFor(path, await this.settingsFor(uri));
    if (!setup.engine) return 0;
    // A closed file's result is published and dropped (an open draft's live check starts its own): nothing to reuse.
    const result = setup.engine.check(text, { once: true });
    this.deliver(path, uri, toLspDiagnostics(result, result.lines, uri, this.support()));
    return result.diagnostics.length;
  }

  async refreshAll(): Promise<void> {
    for (const path of [...this.covered]) await this.refresh(path);
  }

  private deliver(path: string, uri: string, items: LspDiagnostic[]): void {
    if (!this.pulls()) {
      void this.connection.sendDiagnostics({ uri, diagnostics: items });
      return;
    }
    this.reports.set(path, { uri, resultId: `w${++this.results}`, items });
    this.reportsChanged();
  }
}
