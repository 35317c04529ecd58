// Publishes the problems of dataset and configuration files on those files, at the range they point to, and
// clears them once fixed; a broken dataset whose last good version is kept in use says so.
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../engine/index.js';
import type { FileSetup } from '../../node/workspace.js';
import { problemRange } from '../convert.js';
import { SOURCE } from './diagnostics.js';

interface Located {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ProblemFiles {
  /** Problems last published per file, by the dataset or config that reported them. */
  private readonly published = new Map<string, Map<string, Located[]>>();

  constructor(
    private readonly connection: Connection,
    private readonly readText: (path: string) => Promise<string>,
  ) {}

  async publishSetup(setup: FileSetup): Promise<void> {
    const lastGood = setup.dataset.usingLastGood ? ' (factlint keeps using the last valid version of this dataset until this is fixed)' : '';
    await this.publish(`dataset:${setup.dataset.key}`, setup.dataset.problems.map((p) => ({ ...p, message: `${p.message}${lastGood}` })), setup.dataset.files);
    if (setup.config || setup.configProblems.length) {
      const file = setup.config?.file ?? setup.configProblems[0]!.file;
      await this.publish(`config:${file}`, setup.configProblems, [file]);
    }
  }

  /** Publishes the problems `owner` reports now, and clears the files it reported on before and no longer does. */
  private async publish(owner: string, problems: readonly Located[], files: readonly string[]): Promise<void> {
    const byFile = new Map<string, Located[]>();
    for (const file of files) byFile.set(file, []);
    for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    const previous = this.published.get(owner) ?? new Map<string, Located[]>();
    for (const [file, list] of byFile) {
      const before = previous.get(file) ?? [];
      if (before.length === 0 && list.length === 0) continue;
      if (JSON.stringify(before) === JSON.stringify(list)) continue;
      const lines = new LineIndex(await this.readText(file));
      const diagnostics: Diagnostic[] = list.map((p) => ({ range: problemRange(lines, p.line, p.column), severity: DiagnosticSeverity.Error, source: SOURCE, message: p.message }));
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
    }
    for (const file of previous.keys()) {
      if (!byFile.has(file)) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    }
    this.published.set(owner, byFile);
  }
}
