// Quoting text from a user's file in a message: short, and with every control character escaped, so a message can
// neither dump a file (a config naming /etc/shadow as its dataset) nor drive the terminal (ESC sequences).

/** C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that reorder what a terminal shows. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as \n, \t, \r or \xNN / \u{NNNN}. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Text from a file as a message quotes it: in double quotes, control characters escaped, at most `max` characters. */
export function quote(text: string, max = 40): string {
  const chars = [...text];
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `"${escapeControl(short)}"`;
}

/** At most `max` quoted items, then how many more: `"a", "b", "c" and 37 more`. */
export function quoteList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((item) => quote(item)).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
