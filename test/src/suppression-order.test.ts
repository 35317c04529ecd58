// perf-key82: applySuppressions finds a finding's decisive disable/enable directive by searching backwards from the last
// directive at or before the finding, and looks up the finding's line only when a line directive exists. It must give
// what the walk of every directive from the first gave: compared with that walk on random directives and findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applySuppressions } from '../../server/dist/engine/suppression.js';
import { LineIndex } from '../../server/dist/engine/positions.js';
import type { Directive } from '../../server/dist/engine/markdown/facts.js';
import type { Diagnostic } from '../../server/dist/engine/types.js';
import { seededRandom as random } from './helpers.js';

const RULES = ['cagr', 'share', 'total', 'dataset-value'];
const KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;

/** The visible findings as the walk from the first directive found them (the code before perf-key82). */
function reference(diagnostics: readonly Diagnostic[], directives: readonly Directive[], lines: LineIndex): Diagnostic[] {
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const names = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);
  return diagnostics.filter((diagnostic) => {
    const line = lines.locate(diagnostic.range.start).line;
    const onLine = ordered.some((d) => (d.kind === 'disable-line' ? lines.locate(d.start).line : d.kind === 'disable-next-line' ? lines.locate(d.end).line + 1 : -1) === line && names(d, diagnostic.ruleId));
    let decisive = -1;
    for (let i = 0; i < ordered.length && ordered[i]!.start <= diagnostic.range.start; i++) {
      const d = ordered[i]!;
      if ((d.kind === 'disable' || d.kind === 'enable') && names(d, diagnostic.ruleId)) decisive = i;
    }
    return !onLine && !(decisive >= 0 && ordered[decisive]!.kind === 'disable');
  });
}

describe('suppression directives looked for backwards', () => {
  it('silence what the walk from the first directive silenced, on random drafts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const text = Array.from({ length: 60 }, (_, i) => `line ${i} ${'x'.repeat(Math.floor(rnd() * 30))}`).join('\n');
      const lines = new LineIndex(text);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
      const directives: Directive[] = Array.from({ length: Math.floor(rnd() * 12) }, () => {
        const start = Math.floor(rnd() * text.length);
        // Some at the same offset, some only block directives (no line lookups at all).
        const kind = seed % 4 === 0 ? pick(['disable', 'enable'] as const) : pick(KINDS);
        return { kind, start, end: Math.min(text.length, start + 5), rules: rnd() < 0.3 ? [] : [pick(RULES), ...(rnd() < 0.3 ? [pick(RULES)] : [])] };
      });
      if (directives.length > 1 && rnd() < 0.5) directives.push({ ...directives[0]!, kind: pick(KINDS) });
      const diagnostics: Diagnostic[] = Array.from({ length: 50 }, () => {
        const start = Math.floor(rnd() * text.length);
        return { ruleId: pick(RULES), severity: 'error', range: { start, end: start + 1 }, message: 'm' };
      });
      if (directives.length) diagnostics.push({ ruleId: pick(RULES), severity: 'error', range: { start: directives[0]!.start, end: directives[0]!.start + 1 }, message: 'at a directive' });
      const { visible } = applySuppressions(diagnostics, directives, lines);
      assert.deepEqual(visible, reference(diagnostics, directives, lines), `seed ${seed}`);
    }
  });
});
