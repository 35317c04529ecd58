// --format json: one object with the dataset used, every file's located diagnostics and coverage, and a summary.
import type { RunReport } from '../types.js';
import { datasetFiles, usesDefaultDataset } from './shared.js';

export function formatJson(report: RunReport): string {
  const json = {
    version: report.version,
    dataset: { files: datasetFiles(report.datasets), default: usesDefaultDataset(report.datasets), paths: [...new Set(report.datasets.flatMap((d) => d.paths))] },
    config: { files: [...new Set(report.configs.flat())] },
    files: report.files.map((file) => ({
      path: file.display,
      diagnostics: file.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        message: d.message,
        stated: d.stated ?? null,
        expected: d.expected ?? null,
        reason: d.reason ?? null,
        related: (d.related ?? []).map((r) => ({ line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, message: r.message })),
        fix: d.fix
          ? {
              title: d.fix.title,
              edits: d.fix.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, range: [e.start, e.end], newText: e.newText })),
            }
          : null,
      })),
      coverage: file.coverage,
      ...(file.diff !== undefined ? { diff: file.diff } : {}),
      ...(file.fixesApplied ? { fixesApplied: file.fixesApplied } : {}),
      ...(file.skipped ? { skipped: file.skipped } : {}),
    })),
    summary: report.summary,
  };
  return JSON.stringify(json, null, 2) + '\n';
}
