// Suppression comments as markdownlint users know them: disable / enable / disable-line / disable-next-line.
import type { Directive } from './markdown/facts.js';
import type { LineIndex } from './positions.js';
import type { Diagnostic } from './types.js';

/** A directive, or one rule id it names, that silenced no finding. `rule` undefined: a directive for every rule. */
export interface UnusedDirective {
  directive: Directive;
  rule: string | undefined;
}

/**
 * The diagnostics no directive silences (those of `exempt` rules are never silenced), and the directives that
 * silenced nothing. Block directives apply in document order; enable directives are never unused.
 */
export function applySuppressions(diagnostics: readonly Diagnostic[], directives: readonly Directive[], lines: LineIndex, exempt: ReadonlySet<string> = new Set()): { visible: Diagnostic[]; unused: UnusedDirective[] } {
  if (directives.length === 0) return { visible: [...diagnostics], unused: [] };
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const byLine = new Map<number, number[]>();
  ordered.forEach((d, i) => {
    if (d.kind !== 'disable-line' && d.kind !== 'disable-next-line') return;
    const line = d.kind === 'disable-line' ? lines.locate(d.start).line : lines.locate(d.end).line + 1;
    byLine.set(line, [...(byLine.get(line) ?? []), i]);
  });
  const used = new Set<string>();
  // A loop in this function, not a filter callback made per call: its optimised code survives a full collection
  // (bench/RESULTS.md, perf-key77); this runs on every keystroke over every finding.
  const visible: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (exempt.has(diagnostic.ruleId)) {
      visible.push(diagnostic);
      continue;
    }
    let silenced = false;
    const onLine = byLine.size === 0 ? undefined : byLine.get(lines.locate(diagnostic.range.start).line);
    for (const i of onLine ?? []) {
      if (!names(ordered[i]!, diagnostic.ruleId)) continue;
      mark(used, ordered, i, diagnostic.ruleId);
      silenced = true;
    }
    // disable/enable: the last block directive before the finding that names its rule (or all rules) decides. Looked
    // for backwards from the last directive that starts at or before the finding, not forwards from the first: every
    // finding of a 1 MB draft with 33 directives walked them all (perf-key82).
    let decisive = -1;
    for (let i = directivesUpTo(ordered, diagnostic.range.start) - 1; i >= 0; i--) {
      const d = ordered[i]!;
      if ((d.kind === 'disable' || d.kind === 'enable') && names(d, diagnostic.ruleId)) {
        decisive = i;
        break;
      }
    }
    if (decisive >= 0 && ordered[decisive]!.kind === 'disable') {
      mark(used, ordered, decisive, diagnostic.ruleId);
      silenced = true;
    }
    if (!silenced) visible.push(diagnostic);
  }
  const unused: UnusedDirective[] = [];
  ordered.forEach((directive, i) => {
    if (directive.kind === 'enable') return;
    if (directive.rules.length === 0) {
      if (!used.has(`${i}\0`)) unused.push({ directive, rule: undefined });
      return;
    }
    for (const rule of directive.rules) if (!used.has(`${i}\0${rule}`)) unused.push({ directive, rule });
  });
  return { visible, unused };
}

/** How many of the directives (ordered by start) start at or before `offset`. */
function directivesUpTo(ordered: readonly Directive[], offset: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the directive names the rule (one that names none is for every rule). */
function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The i-th directive silenced a finding of the rule (for a directive that names no rule, of any rule). */
function mark(used: Set<string>, ordered: readonly Directive[], i: number, ruleId: string): void {
  used.add(`${i}\0${ordered[i]!.rules.length ? ruleId : ''}`);
}
