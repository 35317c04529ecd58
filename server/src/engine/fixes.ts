// Applies fix edits to a text: one pure function shared by the CLI's --fix and the server's code actions.
import type { Diagnostic, TextEdit } from './types.js';

/**
 * Applies the edits of every certain fix, skipping any edit that overlaps one already taken
 * (the later one is left for the next run), so the result is never corrupted.
 */
export function applyFixes(text: string, diagnostics: readonly Pick<Diagnostic, 'fix'>[]): { text: string; applied: number; skipped: number } {
  const edits: TextEdit[] = [];
  for (const d of diagnostics) if (d.fix) edits.push(...d.fix.edits);
  return applyEdits(text, edits);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits]
    .filter((e) => e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let cursor = 0;
  let applied = 0;
  let skipped = edits.length - sorted.length;
  let lastKey = '';
  for (const edit of sorted) {
    const key = `${edit.range.start}:${edit.range.end}:${edit.newText}`;
    if (key === lastKey) continue; // the same edit offered by two findings is applied once
    if (edit.range.start < cursor) {
      skipped++;
      continue;
    }
    out += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
    applied++;
    lastKey = key;
  }
  return { text: out + text.slice(cursor), applied, skipped };
}
