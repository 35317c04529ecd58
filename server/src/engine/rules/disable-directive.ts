// Rule disable-directive: a suppression comment that names an unknown rule, or (option `unused`) silences nothing.
import * as z from 'zod';
import type { Directive } from '../markdown/facts.js';
import type { UnusedDirective } from '../suppression.js';
import type { ActiveSeverity, Diagnostic } from '../types.js';
import { allRules } from './index.js';
import type { Rule } from './rule.js';

export const DISABLE_DIRECTIVE = 'disable-directive';

export const disableDirective: Rule = {
  id: DISABLE_DIRECTIVE,
  docs: {
    description: 'A suppression comment names an unknown rule, or (option `unused`) silences nothing.',
    details:
      'A misspelt rule id in `factlint-disable…` silences nothing, so the finding it was meant for stays and the comment misleads readers. With `{ "unused": true }` (or `--report-unused-disable-directives`), a comment that silences no finding is reported too, so stale ones can be removed.',
    failing: '<!-- factlint-disable-next-line cgar -->\nUTokyo grew from 287 to 638 papers.\n',
    passing: '<!-- factlint-disable-next-line cagr -->\nUTokyo grew from 287 to 638 papers.\n',
  },
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['suppression'],
  options: z.object({ unused: z.boolean().optional().describe('Also report comments that silence no finding.') }).strict(),
  check(context) {
    const known = new Set(allRules.map((r) => r.id));
    for (const directive of context.doc.directives) {
      for (const id of directive.rules) {
        if (known.has(id)) continue;
        const near = closestRuleId(id, known);
        context.report({
          range: directive,
          message: `factlint-${directive.kind} names an unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: it silences nothing.`,
          stated: id,
          ...(near ? { expected: near } : {}),
          reason: 'Suppression comments name rule ids (`npx factlint --list-rules`).',
        });
      }
    }
  },
};

/** Findings for the directives that silenced nothing (unknown ids are reported by the rule itself). */
export function unusedDirectiveDiagnostics(unused: readonly UnusedDirective[], severity: ActiveSeverity): Diagnostic[] {
  const known = new Set(allRules.map((r) => r.id));
  return unused
    .filter((u) => u.rule === undefined || known.has(u.rule))
    .map(({ directive, rule }) => ({
      ruleId: DISABLE_DIRECTIVE,
      severity,
      range: { start: directive.start, end: directive.end },
      message: `${describe(directive)}${rule ? ` for "${rule}"` : ''} silences nothing: remove it${rule && directive.rules.length > 1 ? ` or drop "${rule}" from it` : ''}.`,
      reason: 'Reported because unused suppression comments are asked for (--report-unused-disable-directives).',
    }));
}

function describe(directive: Directive): string {
  return `factlint-${directive.kind}`;
}

/** The known id within two edits of `id`, if exactly one is. */
function closestRuleId(id: string, known: ReadonlySet<string>): string | undefined {
  const near = [...known].filter((k) => editDistance(k, id) <= 2);
  return near.length === 1 ? near[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? previous[j - 2]! : Infinity;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swap);
    }
    previous = current;
  }
  return previous[b.length]!;
}
