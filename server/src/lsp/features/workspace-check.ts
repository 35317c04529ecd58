// "Check workspace": lints every Markdown file of the workspace folders (honouring .gitignore/.factlintignore) with
// a progress notification, and publishes diagnostics for the files not open in an editor.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { LineIndex } from '../../engine/index.js';
import { discoverFiles } from '../../node/discover.js';
import type { EditorSettings, WorkspaceService } from '../../node/workspace.js';
import { toLspDiagnostics } from './diagnostics.js';

export async function checkWorkspace(
  connection: Connection,
  workspace: WorkspaceService,
  folders: readonly string[],
  isOpen: (uri: string) => boolean,
  settingsFor: (uri: string) => Promise<EditorSettings>,
  token: CancellationToken,
): Promise<{ files: number; problems: number }> {
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('factlint: checking the workspace', 0, undefined, true);
  const files: string[] = [];
  for (const folder of folders) files.push(...(await discoverFiles([], folder)).files);
  let problems = 0;
  try {
    for (const [i, path] of files.entries()) {
      if (token.isCancellationRequested || progress.token.isCancellationRequested) break;
      progress.report(Math.round((i / Math.max(files.length, 1)) * 100), path);
      const uri = pathToFileURL(path).href;
      const setup = await workspace.setupFor(path, await settingsFor(uri));
      if (!setup.engine || isOpen(uri)) continue; // an open draft's live check owns its diagnostics
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const result = setup.engine.check(text);
      problems += result.diagnostics.length;
      connection.sendDiagnostics({ uri, diagnostics: toLspDiagnostics(result, new LineIndex(text), uri, -1) });
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.done();
  }
  return { files: files.length, problems };
}
