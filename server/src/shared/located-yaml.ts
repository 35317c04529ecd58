// Parses YAML or JSON (JSON is YAML 1.2) keeping node positions, so every problem can be reported at line:column.
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { PathKey } from './format-path.js';
import { findJsonSyntaxError } from './json-syntax.js';

export { formatPath, type PathKey } from './format-path.js';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface LocatedYaml {
  doc: Document;
  /** Syntax errors, located, with the duplicated key named. */
  syntaxErrors: Array<Position & { message: string }>;
  /** Position of the node at `path` (or of its nearest existing ancestor); `key`: of the map key itself. */
  locate(path: readonly PathKey[], key?: boolean): Position;
  /**
   * The document as plain data, or the located reason it cannot be: aliases that expand past the YAML library's
   * limit (an "alias bomb", a few lines that would expand to gigabytes) are reported at the first alias.
   */
  toPlain(): { value: unknown } | { problem: Position & { message: string } };
}

/** Whether a file is read as JSON (its syntax errors then come from a JSON scanner, located where they start). */
export function isJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** `json`: the text must be JSON; its syntax errors are JSON's, at the place the problem starts. */
export function parseLocatedYaml(text: string, options: { json?: boolean } = {}): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (path: readonly PathKey[], key = false) => at(nodeOffset(doc, path, key));
  const jsonError = options.json ? findJsonSyntaxError(text) : undefined;
  const syntaxErrors = doc.errors.map((error) => {
    const key = error.code === 'DUPLICATE_KEY' ? /^[\w$-]+/.exec(text.slice(error.pos[0]))?.[0] : undefined;
    return { ...at(error.pos[0]), message: `${firstLine(error.message)}${key ? ` ("${key}")` : ''}` };
  });
  const toPlain = (): ReturnType<LocatedYaml['toPlain']> => {
    try {
      return { value: doc.toJS() ?? {} };
    } catch (error) {
      let offset = 0;
      visit(doc, {
        Alias(_, node) {
          if (isAlias(node) && node.range) offset = node.range[0];
          return visit.BREAK;
        },
      });
      const reason = /alias/i.test((error as Error).message) ? 'its aliases expand too far (more than the YAML reader allows; an alias bomb?)' : firstLine((error as Error).message);
      return { problem: { ...at(offset), message: `cannot be read: ${reason}` } };
    }
  };
  if (jsonError) return { doc, syntaxErrors: [{ ...at(jsonError.offset), message: jsonError.message }], locate, toPlain };
  return { doc, syntaxErrors, locate, toPlain };
}

/**
 * Where a schema issue points: its path (symbols dropped) and position, at the key itself for an unknown key
 * (the value may be long or absent), else at the value.
 */
export function locateIssue(issue: z.core.$ZodIssue, locate: LocatedYaml['locate']): { path: PathKey[]; position: Position } {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  return { path, position: unknownKey !== undefined ? locate([...path, unknownKey], true) : locate(path) };
}

function nodeOffset(doc: Document, path: readonly PathKey[], key: boolean): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      if (isNode(parent) && 'items' in parent) {
        for (const item of (parent as { items: Array<{ key?: unknown }> }).items) {
          const k = item.key;
          if (isNode(k) && (k as { value?: unknown }).value === sub[sub.length - 1] && k.range) return k.range[0];
        }
      }
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** `observations[3].value`, `rules.cagr`. */

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
