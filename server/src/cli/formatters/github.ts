// --format github: GitHub Actions workflow commands (::error/::warning/::notice) that annotate the pull request.
import type { RunReport } from '../types.js';
import { escapeControl } from '../../shared/excerpt.js';
import { configLabel, coverageLine, datasetLabel, escapeDiff, problemsLine } from './shared.js';

/** Escapes a workflow command's message; other control characters (ESC…) are written as \\xNN. */
export function escapeData(text: string): string {
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command's property value (also ":" and ","). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(report: RunReport): string {
  let out = '';
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const props = [
        `file=${escapeProperty(file.display)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`factlint ${d.ruleId}`)}`,
      ].join(',');
      out += `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`;
    }
  }
  for (const file of report.files) {
    if (file.diff) out += escapeDiff(file.diff) + '\n';
  }
  out += `factlint: ${problemsLine(report)}; ${coverageLine(report)}; config: ${configLabel(report.configs)}; dataset: ${datasetLabel(report.datasets)}\n`;
  return out;
}
