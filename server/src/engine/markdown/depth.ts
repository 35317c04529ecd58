// Nesting depth of blockquotes and lists, read from line prefixes without parsing: the parser recurses per level and
// overflows the stack a few thousand levels deep, so blocks past the limit are left unchecked instead.

/** The default limit on nesting depth (configurable as the nesting-depth rule's maxDepth). */
export const DEFAULT_MAX_NESTING_DEPTH = 100;
/** The highest limit accepted: the parser still returns well within the stack at this depth. */
export const HIGHEST_MAX_NESTING_DEPTH = 1000;

/** A block left unchecked because it nests deeper than the limit. */
export interface UncheckedBlock {
  start: number;
  end: number;
  /** The limit it exceeds. */
  limit: number;
}

/**
 * Levels a line's prefix opens: one per ">" and per list marker ("- ", "1. "), and one per two columns of indentation
 * (nested lists indent their items by two or more; the spaces that belong to a marker do not count). Stops counting once past `limit`.
 */
export function lineDepth(text: string, start: number, end: number, limit: number): number {
  let depth = 0;
  let columns = 0;
  let i = start;
  while (i < end && depth + (columns >> 1) <= limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      columns += c === 9 ? 4 : 1;
      i++;
    } else if (c === 62 /* > */) {
      depth++;
      i++;
      // The one space after ">" belongs to the marker.
      if (text.charCodeAt(i) === 32) i++;
    } else if ((c === 45 || c === 43 || c === 42) /* - + * */ && isMarkerEnd(text, i + 1, end)) {
      depth++;
      i = afterMarker(text, i + 1, end);
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) /* . ) */ && isMarkerEnd(text, j + 1, end)) {
        depth++;
        i = afterMarker(text, j + 1, end);
      } else break;
    } else break;
  }
  return depth + (columns >> 1);
}

/** Past the spaces after a list marker (up to four belong to it). */
function afterMarker(text: string, i: number, end: number): number {
  for (let n = 0; n < 4 && i < end && text.charCodeAt(i) === 32; n++) i++;
  return i;
}

function isMarkerEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether a line of text[start, end) nests deeper than `limit`; the lines of a top-level fenced code block do not. */
export function exceedsDepth(text: string, start: number, end: number, limit: number): boolean {
  let fence: string | undefined;
  for (let lineStart = start; lineStart < end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const marker = FENCE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 3 + 64)))?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.slice(lineStart, lineEnd).trim() === marker) fence = undefined;
    } else if (marker) fence = marker;
    else if (lineDepth(text, lineStart, lineEnd, limit) > limit) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}
