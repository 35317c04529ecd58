// Parses Markdown with unified + remark-parse + remark-gfm and splits the tree into top-level blocks.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export interface TopLevelBlock {
  node: RootContent;
  /** Offset of the start of the block's first line (so a re-parse from here sees the same indentation). */
  start: number;
  end: number;
}

/** Top-level blocks of `text` parsed from `offset` on; their nodes keep positions relative to the parsed slice. */
export function topLevelBlocks(tree: Root, text: string, base = 0): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    blocks.push({ node, start: base + lineStart, end: base + end });
  }
  return blocks;
}
