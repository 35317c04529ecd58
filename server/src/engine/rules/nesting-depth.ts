// Rule nesting-depth: a block of quotes or lists nested deeper than the limit is left unchecked, and says so.
import * as z from 'zod';
import { DEFAULT_MAX_NESTING_DEPTH, HIGHEST_MAX_NESTING_DEPTH } from '../markdown/depth.js';
import type { Rule } from './rule.js';

const deep = `${'> '.repeat(DEFAULT_MAX_NESTING_DEPTH + 1)}UTokyo's share rose to 70.7%.\n`;

export const nestingDepth: Rule = {
  id: 'nesting-depth',
  docs: {
    description: 'A block nests quotes or lists deeper than the limit, so it is not checked.',
    details: `The Markdown parser recurses once per level of blockquote and list, and a few thousand levels overflow its stack (100,000 take minutes). A block with a line whose prefix opens more than \`maxDepth\` levels (default ${DEFAULT_MAX_NESTING_DEPTH}; one per \`>\` and per list marker, one per two columns of indentation) is therefore neither parsed nor checked, and this rule reports it once, on its first line. The limit applies even when the rule is off.`,
    failing: deep,
    passing: `> > UTokyo's share rose to 70.7%.\n`,
  },
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['limits'],
  supersedes: ['unverified'],
  options: z
    .object({
      maxDepth: z
        .number()
        .int()
        .min(1)
        .max(HIGHEST_MAX_NESTING_DEPTH)
        .optional()
        .describe(`Deepest nesting of quotes and lists that is still checked; default ${DEFAULT_MAX_NESTING_DEPTH}, at most ${HIGHEST_MAX_NESTING_DEPTH}.`),
    })
    .strict(),
  check(context) {
    const text = context.doc.text;
    for (const block of context.doc.unchecked) {
      const newline = text.indexOf('\n', block.start);
      const firstLineEnd = newline === -1 || newline > block.end ? block.end : newline;
      context.report({
        range: { start: block.start, end: firstLineEnd },
        message: `This block nests quotes or lists more than ${block.limit} levels deep, so none of it is checked; flatten it, or raise nesting-depth's maxDepth (at most ${HIGHEST_MAX_NESTING_DEPTH}).`,
        reason: `nesting limit ${block.limit}`,
      });
    }
  },
};
