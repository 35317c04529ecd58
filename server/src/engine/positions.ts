// Converts UTF-16 offsets to 1-based line/column (the CLI) or 0-based positions (LSP), in one place.
export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Lines end at LF, CRLF or a lone CR, as in CommonMark. Without a CR, indexOf finds the line ends several times
    // faster than a regex, which builds a match object per line (on every keystroke of a large draft).
    if (!text.includes('\r')) for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    else for (const m of text.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset (clamped to the text). */
  locate(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo]! + 1 };
  }

  /** Offset of a 1-based line and column (clamped to the line). */
  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
    const next = this.lineStarts[line] ?? this.text.length + 1;
    return Math.min(start + Math.max(0, column - 1), next - 1);
  }

  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
}
