// The CLI's look-ups that lint nothing: --print-config FILE (the resolved settings of one file) and --list-rules.
import type { RuleSetting } from '@factlint/schemas';
import type { RuleMeta } from '../engine/types.js';
import type { Format } from './args.js';

export interface ResolvedSettings {
  /** The file as printed. */
  file: string;
  /** Config files in effect, nearest first, as printed. */
  configs: string[];
  dataset: { paths: string[]; default: boolean };
  /** Rule settings from the configs and --rule. */
  rules: Record<string, RuleSetting>;
  /** Whether the config's `ignore` globs exclude the file. */
  ignored: boolean;
}

/** --print-config: JSON of every rule's effective setting (its default when nothing sets it), the dataset and configs. */
export function formatResolvedSettings(settings: ResolvedSettings, rules: readonly RuleMeta[]): string {
  const effective: Record<string, RuleSetting> = {};
  for (const rule of rules) effective[rule.id] = settings.rules[rule.id] ?? rule.defaultSeverity;
  return JSON.stringify({ ...settings, rules: effective }, null, 2) + '\n';
}

/** --list-rules: id, default severity, fixable and description, as a table or (with --format json) a JSON list. */
export function formatRuleList(rules: readonly RuleMeta[], format: Format): string {
  const rows = rules.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, fixable: r.fixable, description: r.docs.description }));
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const header = { id: 'rule', defaultSeverity: 'default', fixable: 'fixable', description: 'description' };
  const idWidth = Math.max(...[header, ...rows].map((r) => r.id.length));
  const severityWidth = Math.max(...[header, ...rows].map((r) => r.defaultSeverity.length));
  const line = (id: string, severity: string, fixable: string, description: string) => `${id.padEnd(idWidth)}  ${severity.padEnd(severityWidth)}  ${fixable.padEnd(7)}  ${description}\n`;
  return line(header.id, header.defaultSeverity, header.fixable, header.description) + rows.map((r) => line(r.id, r.defaultSeverity, r.fixable ? 'yes' : 'no', r.description)).join('');
}
