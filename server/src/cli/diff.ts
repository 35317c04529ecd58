// A small line-based unified diff (for --fix-dry-run): common prefix/suffix trimmed, LCS on the rest, 3 lines of context.
type Op = { kind: ' ' | '-' | '+'; line: string };

/** Above this many cells, the changed middle is shown as one removal and one addition instead of an LCS. */
const LCS_LIMIT = 4_000_000;

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const ops: Op[] = a.slice(0, prefix).map((line) => ({ kind: ' ', line }));
  const am = a.slice(prefix, a.length - suffix);
  const bm = b.slice(prefix, b.length - suffix);
  if (am.length * bm.length > LCS_LIMIT) {
    ops.push(...am.map((line) => ({ kind: '-' as const, line })), ...bm.map((line) => ({ kind: '+' as const, line })));
  } else {
    const n = am.length;
    const m = bm.length;
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = am[i] === bm[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i]! });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
        ops.push({ kind: '-', line: am[i]! });
        i++;
      } else {
        ops.push({ kind: '+', line: bm[j]! });
        j++;
      }
    }
  }
  ops.push(...a.slice(a.length - suffix).map((line) => ({ kind: ' ' as const, line })));
  return ops;
}

function render(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line.slice(0, -1) : op.line;
  const noNewline = op.line.endsWith('\n') ? '' : '\n\\ No newline at end of file';
  return `${op.kind}${body.endsWith('\r') ? body.slice(0, -1) : body}${noNewline}\n`;
}

/** A unified diff of two texts, or '' when they are equal. */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  const changed = ops.map((op, k) => (op.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  let k = 0;
  while (k < changed.length) {
    const first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * context + 1) last = changed[++k]!;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    let oldLine = 0;
    let newLine = 0;
    for (let x = 0; x < from; x++) {
      if (ops[x]!.kind !== '+') oldLine++;
      if (ops[x]!.kind !== '-') newLine++;
    }
    const hunk = ops.slice(from, to);
    const oldLen = hunk.filter((op) => op.kind !== '+').length;
    const newLen = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${oldLen ? oldLine + 1 : oldLine},${oldLen} +${newLen ? newLine + 1 : newLine},${newLen} @@\n`;
    out += hunk.map(render).join('');
  }
  return out;
}
