// Inlay hints (off by default): the recomputed value beside each claim a rule found wrong, "= 9.3%".
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { CheckResult, LineIndex } from '../../engine/index.js';
import { toOffset, toPosition } from '../convert.js';

export function inlayHints(result: CheckResult, lines: LineIndex, range: Range): InlayHint[] {
  const from = toOffset(lines, range.start);
  const to = toOffset(lines, range.end);
  return result.diagnostics
    .filter((d) => d.expected !== undefined && d.range.end >= from && d.range.end <= to)
    .map((d) => ({ position: toPosition(lines, d.range.end), label: ` = ${d.expected}`, kind: InlayHintKind.Parameter, tooltip: d.reason ?? d.message }));
}
