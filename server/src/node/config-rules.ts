// Checks a configuration's rule settings against the rules themselves (unknown ids, options each rule rejects);
// loads the engine's rule list, so it runs only when the engine is needed or a config already has problems.
import { formatConfigPath, type ConfigProblem, type LoadedConfig } from './config.js';

/** The problems of a config's `rules` entries, each located at its key or option. */
export async function ruleSettingProblems(file: string, rules: Readonly<Record<string, unknown>>, locate: LoadedConfig['locate']): Promise<ConfigProblem[]> {
  const { allRules } = await import('../engine/rules/index.js');
  const { ruleOptionProblems } = await import('../engine/engine.js');
  const knownList = allRules.map((r) => r.id).join(', ');
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = allRules.find((r) => r.id === id);
    if (!rule) {
      problems.push({ file, ...locate(['rules', id], true), message: `${formatConfigPath(['rules', id])}: unknown rule "${id}" (known: ${knownList})` });
      continue;
    }
    if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) continue;
    const { severity: _severity, ...options } = setting as Record<string, unknown>;
    for (const p of ruleOptionProblems(rule, options)) {
      const path = ['rules', id, ...p.path];
      problems.push({ file, ...locate(path, p.message.startsWith('unknown option')), message: `${formatConfigPath(path)}: ${p.message}` });
    }
  }
  return problems;
}
