// Helpers shared by the report formats: summaries, the dataset line and filtering for --quiet.
import { escapeControl } from '../../shared/excerpt.js';
import type { DatasetReport, RunReport } from '../types.js';

/** A diff as printed on a terminal: each line's control characters escaped, the line breaks kept. */
export function escapeDiff(diff: string): string {
  return diff.split('\n').map(escapeControl).join('\n');
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** "data/facts (9 files)", "the default dataset (9 files, from the seed documents)"; several are separated by "; ". */
export function datasetLabel(datasets: readonly DatasetReport[]): string {
  if (datasets.length === 0) return 'none';
  return datasets.map((d) => (d.default ? `the default dataset (${plural(d.files.length, 'file')}, from the seed documents)` : `${escapeControl(d.paths.join(', '))} (${plural(d.files.length, 'file')})`)).join('; ');
}

/** ".factlintrc.json", "sub/.factlintrc.yaml (extends .factlintrc.json)", or "none (defaults)"; several separated by "; ". */
export function configLabel(configs: readonly (readonly string[])[]): string {
  if (configs.length === 0) return 'none (defaults)';
  return configs.map(([file, ...above]) => `${file}${above.length ? ` (extends ${above.join(', ')})` : ''}`).join('; ');
}

/** Every dataset file used, deduplicated, in order. */
export function datasetFiles(datasets: readonly DatasetReport[]): string[] {
  return [...new Set(datasets.flatMap((d) => d.files))];
}

export function usesDefaultDataset(datasets: readonly DatasetReport[]): boolean {
  return datasets.length > 0 && datasets.every((d) => d.default);
}

export function problemsLine(report: RunReport): string {
  const s = report.summary;
  const skipped = s.skipped ? ` (${s.skipped} skipped as binary)` : '';
  const hidden = s.hiddenWarnings ? `; ${plural(s.hiddenWarnings, 'warning')} hidden by --quiet, still counted by --max-warnings` : '';
  return `${plural(s.problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${plural(s.files, 'file')}${skipped}${hidden}`;
}

export function coverageLine(report: RunReport): string {
  const c = report.summary.coverage;
  return `claims: ${c.claims} checked, ${c.verified} verified, ${c.mismatched} mismatched, ${c.unverified} unverified`;
}
