// Suppression comments as markdownlint users know them: disable / enable / disable-line / disable-next-line.
import type { Directive } from './markdown/facts.js';
import type { LineIndex } from './positions.js';
import type { Diagnostic } from './types.js';

/** A predicate that keeps the diagnostics no directive silences. Directives apply in document order. */
export function suppressionFilter(directives: readonly Directive[], lines: LineIndex): (d: Diagnostic) => boolean {
  if (directives.length === 0) return () => true;
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const lineRules = new Map<number, Set<string> | 'all'>();
  const silenceLine = (line: number, rules: readonly string[]) => {
    const current = lineRules.get(line);
    if (current === 'all') return;
    if (rules.length === 0) lineRules.set(line, 'all');
    else lineRules.set(line, new Set([...(current ?? []), ...rules]));
  };
  for (const d of ordered) {
    const line = lines.locate(d.start).line;
    const endLine = lines.locate(d.end).line;
    if (d.kind === 'disable-line') silenceLine(line, d.rules);
    if (d.kind === 'disable-next-line') silenceLine(endLine + 1, d.rules);
  }
  return (diagnostic) => {
    const line = lines.locate(diagnostic.range.start).line;
    const onLine = lineRules.get(line);
    if (onLine === 'all' || onLine?.has(diagnostic.ruleId)) return false;
    // disable/enable: the last block directive before the finding that names its rule (or all rules) decides.
    let disabled = false;
    for (const d of ordered) {
      if (d.start > diagnostic.range.start) break;
      if (d.kind !== 'disable' && d.kind !== 'enable') continue;
      if (d.rules.length === 0 || d.rules.includes(diagnostic.ruleId)) disabled = d.kind === 'disable';
    }
    return !disabled;
  };
}
