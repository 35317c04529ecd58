// Shared test helpers: the repository root, the default dataset loaded from disk and made-up datasets from JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, loadDataset, type Dataset, type Engine } from 'factlint';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function loadDefaultDataset(): Promise<Dataset> {
  const dir = join(repoRoot, 'samples/dataset');
  const names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const inputs = await Promise.all(names.map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8') })));
  const { dataset, problems } = loadDataset(inputs);
  if (problems.length) throw new Error(`default dataset has problems:\n${problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  return dataset;
}

/** The dataset of an eval domain (`eval/domains/<domain>/dataset`; "seeds": the default dataset's files); throws on any problem. */
export function loadDomainDataset(domain: string): Dataset {
  const dir = domain === 'seeds' ? join(repoRoot, 'samples/dataset') : join(repoRoot, 'eval/domains', domain, 'dataset');
  const names = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const { dataset, problems } = loadDataset(names.map((n) => ({ path: join(dir, n), text: readFileSync(join(dir, n), 'utf8') })));
  if (problems.length) throw new Error(`${domain} dataset has problems:\n${problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  return dataset;
}

/** A made-up dataset given as files of JSON objects (file name → content); throws on any validation problem. */
export function datasetOf(files: Record<string, unknown>): Dataset {
  const { dataset, problems } = loadDataset(Object.entries(files).map(([path, json]) => ({ path, text: JSON.stringify(json) })));
  if (problems.length) throw new Error(`test dataset has problems:\n${problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  return dataset;
}

/** A finding as the accuracy tests compare it: its rule, the text it stands on, its certain fix and first suggestion. */
export interface SeenFinding {
  rule: string;
  stated: string;
  fix?: string;
  suggestion?: string;
}

/** The findings of `engine` on `text`, of the given rules only when `rules` is given. */
export function seenFindings(engine: Engine, text: string, rules?: ReadonlySet<string>): SeenFinding[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => !rules || rules.has(d.ruleId))
    .map((d) => ({
      rule: d.ruleId,
      stated: text.slice(d.range.start, d.range.end),
      ...(d.fix ? { fix: d.fix.edits.map((e) => e.newText).join(' ') } : {}),
      ...(d.suggestions?.length ? { suggestion: d.suggestions[0]!.edits.map((e) => e.newText).join(' ') } : {}),
    }));
}

/** The text each finding of one rule stands on, for an engine got when called (one made in a `before` hook). */
export function statedBy(engine: () => Engine, ruleId: string): (text: string) => string[] {
  return (text) => seenFindings(engine(), text, new Set([ruleId])).map((f) => f.stated);
}

const domainEngines = new Map<string, Engine>();
/** One engine per eval domain, created on first use (`loadDomainDataset`). */
export function domainEngine(domain: string): Engine {
  let engine = domainEngines.get(domain);
  if (!engine) domainEngines.set(domain, (engine = createEngine({ dataset: loadDomainDataset(domain) })));
  return engine;
}

/** [rule, stated text] of each finding of a domain's engine on `text`, of the given rules only when named. */
export function seenIn(domain: string, text: string, rules?: readonly string[]): string[][] {
  return seenFindings(domainEngine(domain), text, rules && new Set(rules)).map((f) => [f.rule, f.stated]);
}

const withNotes = new WeakMap<Engine, Engine>();

/**
 * The unverified notes that `engine`'s dataset, with the unverified rule on, leaves for readings of `rule` too doubtful
 * for a finding (a year read from a heading or the paragraph: engine.ts, asNote), as findings are seen: the stated text
 * and the value the rule would expect, offered as a suggestion.
 */
export function seenNotes(engine: Engine, text: string, rule: string): SeenFinding[] {
  let noting = withNotes.get(engine);
  if (!noting) withNotes.set(engine, (noting = createEngine({ dataset: engine.dataset, rules: { unverified: 'info' } })));
  return noting
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'unverified' && d.message.startsWith(`Not verified (${rule}): `))
    .map((d) => ({
      rule,
      stated: text.slice(d.range.start, d.range.end),
      ...(d.suggestions?.length ? { suggestion: d.suggestions[0]!.edits.map((e) => e.newText).join(' ') } : {}),
    }));
}

/** A ranking edition's places, first to last: `places(['a', 'b'])` is a first, b second. */
export const places = (order: string[]) => order.map((entity, i) => ({ entity, rank: i + 1 }));

/** A GFM table: the header's cells separated by "|", each row likewise, and the delimiter row written for them. */
export const table = (header: string, ...rows: string[]): string =>
  [`| ${header} |`, `| ${header.split('|').map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';

/** A small seeded generator (mulberry32): the same values on every run, numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
