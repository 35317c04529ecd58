// Writes the suppression comment for one finding: `<!-- factlint-disable-next-line id -->` above its block's first
// line, or `<!-- factlint-disable-line id -->` at the end of a later line of a paragraph (a comment line there would
// split the paragraph and change how its sentences read).
import type { CheckResult } from './engine.js';
import type { TextEdit } from './types.js';

/** The edit that silences `ruleId` at `offset`, or undefined where no comment can go without changing the parse (inside a table). */
export function suppressionEdit(result: CheckResult, offset: number, ruleId: string): TextEdit | undefined {
  const text = result.text;
  const block = result.state.model.blocks.find((b) => b.start <= offset && offset <= b.end);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const blockLineStart = block ? text.lastIndexOf('\n', block.start - 1) + 1 : lineStart;
  if (blockLineStart === lineStart) {
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return { range: { start: lineStart, end: lineStart }, newText: `${indent}<!-- factlint-disable-next-line ${ruleId} -->\n` };
  }
  const inTable = result.state.doc.tables.some((t) => t.start <= offset && offset <= t.end);
  if (inTable) return undefined;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return { range: { start: lineEnd, end: lineEnd }, newText: ` <!-- factlint-disable-line ${ruleId} -->` };
}
