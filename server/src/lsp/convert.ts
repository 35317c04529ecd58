// The one conversion between the engine's UTF-16 offsets and LSP positions and ranges (0-based lines and characters).
import type { Position, Range } from 'vscode-languageserver';
import { LineIndex, type OffsetRange } from '../engine/index.js';

export function toPosition(lines: LineIndex, offset: number): Position {
  const { line, column } = lines.locate(offset);
  return { line: line - 1, character: column - 1 };
}

export function toRange(lines: LineIndex, range: OffsetRange): Range {
  return { start: toPosition(lines, range.start), end: toPosition(lines, range.end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetOf(position.line + 1, position.character + 1);
}

/**
 * The range of a problem located at a 1-based line and column of a YAML or JSON file: the key or scalar that starts
 * there (up to a separator or the end of the line), or one character.
 */
export function problemRange(lines: LineIndex, line: number, column: number): Range {
  const start = lines.offsetOf(line, column);
  const rest = /^[^\n,\]}#]*/.exec(lines.text.slice(start))![0].replace(/(?::\s.*|:$|\s+)$/, '').trimEnd();
  return toRange(lines, { start, end: start + Math.max(rest.length, start < lines.text.length ? 1 : 0) });
}
