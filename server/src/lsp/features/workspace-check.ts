// "Check workspace": lints every Markdown file of the workspace folders (honouring .gitignore/.factlintignore) with
// a progress notification, publishes diagnostics for the files not open in an editor, and keeps them current as
// those files, or the datasets and configs they use, change on disk.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { LineIndex } from '../../engine/index.js';
import { discoverFiles } from '../../node/discover.js';
import type { EditorSettings, WorkspaceService } from '../../node/workspace.js';
import { toLspDiagnostics } from './diagnostics.js';

export class WorkspaceCheck {
  /** Files the last workspace check covered (absolute paths). */
  private readonly covered = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceService,
    private readonly isOpen: (uri: string) => boolean,
    private readonly settingsFor: (uri: string) => Promise<EditorSettings>,
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
    return { files: files.length, problems };
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
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return 0;
    }
    const setup = await this.workspace.setupFor(path, await this.settingsFor(uri));
    if (!setup.engine) return 0;
    const result = setup.engine.check(text);
    void this.connection.sendDiagnostics({ uri, diagnostics: toLspDiagnostics(result, new LineIndex(text), uri, -1) });
    return result.diagnostics.length;
  }

  async refreshAll(): Promise<void> {
    for (const path of [...this.covered]) await this.refresh(path);
  }
}
