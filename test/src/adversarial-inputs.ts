// Adversarial drafts of a chosen size (issue #9): the patterns that once made the engine super-linear.
// Shared by test/src/adversarial.test.ts and bench/adversarial.bench.mjs (through test/dist).

export interface AdversarialPattern {
  id: string;
  /** What the pattern is, for the bench table. */
  label: string;
  /** A draft of at least `bytes` characters (ASCII, so characters = bytes). */
  make(bytes: number): string;
}

/** Repeats `piece(i)` until the text holds at least `bytes` characters. */
function repeatTo(bytes: number, piece: (i: number) => string, head = ''): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

export const adversarialPatterns: readonly AdversarialPattern[] = [
  {
    id: 'share-paragraph',
    label: 'one paragraph of `In 20xx the share was x% of N papers.` sentences',
    make: (bytes) => repeatTo(bytes, (i) => `In 20${String(10 + (i % 15))} the share was ${(i % 90) + 5}.${i % 10}% of ${400 + (i % 500)} papers.${i % 8 === 7 ? '\n' : ' '}`),
  },
  {
    id: 'sections',
    label: '`## Section i` + one sentence, repeated',
    make: (bytes) => repeatTo(bytes, (i) => `## Section ${i}\n\nUTokyo grew from ${200 + (i % 90)} to ${600 + (i % 70)} papers (CAGR ${(i % 12) + 1}.3%).\n\n`),
  },
  {
    id: 'ones-after-heading',
    label: '`1,1,1,…` after a heading',
    make: (bytes) => repeatTo(bytes, () => '1,', '# Sweden co-authored output 2015–2024\n\n'),
  },
  {
    id: 'digits-and-percent',
    label: 'one line of digits and `%`',
    make: (bytes) => repeatTo(bytes, (i) => `${(i * 7919) % 1000}${i % 3 === 0 ? '%' : ''}${i % 5 === 0 ? '%' : ''}`),
  },
  {
    id: 'unbalanced-backticks',
    label: 'unbalanced backticks',
    make: (bytes) => repeatTo(bytes, (i) => `${'`'.repeat((i % 7) + 1)} share ${i % 100}% of ${i + 10} `),
  },
  {
    id: 'nested-blockquotes',
    label: 'nested blockquotes (lines 1–40 deep)',
    make: (bytes) => repeatTo(bytes, (i) => `${'> '.repeat((i % 40) + 1)}In 2020 the share was ${i % 100}% of ${i + 10} papers.\n`),
  },
];
