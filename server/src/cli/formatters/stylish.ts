// The default, human-readable format: one line per finding starting with path:line:col (its reason indented below), grouped by file, then a summary.
import type { RunReport } from '../types.js';
import { escapeControl } from '../../shared/excerpt.js';
import { configLabel, coverageLine, datasetLabel, escapeDiff, plural, problemsLine } from './shared.js';

export interface StylishOptions {
  color: boolean;
}

const codes = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 } as const;

export function formatStylish(report: RunReport, options: StylishOptions): string {
  const paint = (style: keyof typeof codes, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[${style === 'bold' || style === 'dim' ? 22 : style === 'underline' ? 24 : 39}m` : text);
  const severityStyle = { error: 'red', warning: 'yellow', info: 'cyan' } as const;
  let out = '';
  for (const file of report.files) {
    if (file.diff) out += escapeDiff(file.diff) + '\n';
  }
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    // Every text from a file (its name, a message quoting it) has its control characters escaped: none reaches the terminal.
    const rows = file.diagnostics.map((d) => ({ d, location: `${escapeControl(file.display)}:${d.line}:${d.column}` }));
    const locationWidth = Math.max(...rows.map((r) => r.location.length));
    const ruleWidth = Math.max(...rows.map((r) => r.d.ruleId.length));
    for (const { d, location } of rows) {
      const severity = paint(severityStyle[d.severity], d.severity) + ' '.repeat(7 - d.severity.length);
      const rule = paint('dim', d.ruleId) + ' '.repeat(ruleWidth - d.ruleId.length);
      out += `${location.padEnd(locationWidth)}  ${severity}  ${rule}  ${escapeControl(d.message)}\n`;
      // Why: the formula or dataset fact behind the finding, under its message.
      if (d.reason) out += `${' '.repeat(locationWidth + ruleWidth + 13)}${paint('dim', escapeControl(d.reason))}\n`;
    }
    out += '\n';
  }
  const s = report.summary;
  const summaryStyle = s.errors ? 'red' : s.warnings ? 'yellow' : 'green';
  out += paint(summaryStyle, problemsLine(report)) + '\n';
  if (s.fixable) out += `${plural(s.fixable, 'problem')} potentially fixable with --fix\n`;
  const fixedFiles = report.files.filter((f) => f.fixesApplied);
  if (fixedFiles.length) out += `fixed ${plural(fixedFiles.reduce((n, f) => n + (f.fixesApplied ?? 0), 0), 'problem')} in ${plural(fixedFiles.length, 'file')}\n`;
  out += coverageLine(report) + '\n';
  out += `config: ${configLabel(report.configs)}\n`;
  out += `dataset: ${datasetLabel(report.datasets)}\n`;
  return out;
}
