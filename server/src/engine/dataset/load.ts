// Parses dataset files (YAML or JSON), validates them with zod and reports every problem at file:line:column.
import { DatasetFile, type DatasetFile as DatasetFileData } from '@factlint/schemas';
import type { z } from 'zod';
import { quote, quoteList } from '../../shared/excerpt.js';
import { formatPath, isJsonPath, locateIssue, parseLocatedYaml, type PathKey } from '../../shared/located-yaml.js';
import { indexDataset, normaliseName, SCALE_FACTOR, type Dataset } from './dataset.js';

export { normaliseName };

export interface DatasetInput {
  /** Path or URI shown in messages. */
  path: string;
  text: string;
}

export interface DatasetProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export interface LoadedDataset {
  dataset: Dataset;
  problems: DatasetProblem[];
}

/** Where each record of a merged dataset came from, so cross-file checks can still point at a node. */
interface ParsedFile {
  input: DatasetInput;
  data: DatasetFileData | undefined;
  /** Ids of records dropped for another problem: still defined, so references to them are not reported too. */
  droppedIds?: Array<{ section: (typeof SECTIONS)[number]; id: string; index: number }>;
  /** After salvage: the index in the file of each kept record, by section (kept records are renumbered in `data`). */
  original?: Record<string, number[]>;
  locate: (path: readonly PathKey[], key?: boolean) => { line: number; column: number };
}

export function loadDataset(inputs: readonly DatasetInput[]): LoadedDataset {
  const { files, problems } = validateDataset(inputs);
  return { dataset: indexDataset(files, inputs.map((i) => i.path)), problems };
}

/** Parses and validates dataset files: the valid content of each, and every problem located. */
export function validateDataset(inputs: readonly DatasetInput[]): { files: DatasetFileData[]; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const parsed = inputs.map((input) => parseFile(input, problems));
  problems.push(...crossCheck(parsed));
  const files = parsed.filter((p): p is ParsedFile & { data: DatasetFileData } => p.data !== undefined).map((p) => p.data);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { files, problems };
}

export function formatProblem(p: DatasetProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

function parseFile(input: DatasetInput, problems: DatasetProblem[]): ParsedFile {
  const json = isJsonPath(input.path);
  const { syntaxErrors, locate, toPlain } = parseLocatedYaml(input.text, { json });
  for (const error of syntaxErrors) problems.push({ file: input.path, line: error.line, column: error.column, message: `${json ? 'JSON' : 'YAML'} syntax: ${error.message}` });
  if (syntaxErrors.length > 0) return { input, data: undefined, locate };

  const plain = toPlain();
  if ('problem' in plain) {
    problems.push({ file: input.path, ...plain.problem, message: `${json ? 'JSON' : 'YAML'} ${plain.problem.message}` });
    return { input, data: undefined, locate };
  }
  const raw = plain.value;
  const result = DatasetFile.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, position } = locateIssue(issue, locate);
      problems.push({ file: input.path, ...position, message: describeIssue(issue, path) });
    }
    return salvage(input, raw, locate);
  }
  return { input, data: result.data, locate };
}

const SECTIONS = ['sources', 'entities', 'metrics', 'observations', 'rankings'] as const;

/**
 * Keeps the records of a file that are valid on their own, so its good ids still serve other files and its
 * references are still cross-checked; `original` maps kept records back to their place in the file.
 */
function salvage(input: DatasetInput, raw: unknown, locate: ParsedFile['locate']): ParsedFile {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const data = DatasetFile.parse({});
  const original: Record<string, number[]> = {};
  const droppedIds: NonNullable<ParsedFile['droppedIds']> = [];
  for (const section of SECTIONS) {
    const items = Array.isArray(record[section]) ? (record[section] as unknown[]) : [];
    const schema = DatasetFile.shape[section].unwrap().element;
    original[section] = [];
    items.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') droppedIds.push({ section, id, index });
        return;
      }
      (data[section] as unknown[]).push(parsed.data);
      original[section]!.push(index);
    });
  }
  return { input, data, droppedIds, original, locate };
}

/** The index in its file of the `kept`-th valid record of a section (they differ after salvage). */
function fileIndex(file: ParsedFile, section: (typeof SECTIONS)[number], kept: number): number {
  return file.original?.[section]?.[kept] ?? kept;
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly PathKey[]): string {
  const where = path.length ? formatPath(path) : 'the file';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field ${quoteList(issue.keys)}`;
    case 'invalid_type':
      return `${where}: expected ${issue.expected}, ${issue.input === undefined ? 'but it is missing' : `got ${describeValue(issue.input)}`}`;
    case 'too_small':
      if (issue.origin === 'number') return `${where}: ${issue.message.startsWith('Too small') ? `expected at least ${issue.minimum}` : issue.message}`;
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** A short, escaped description of a found value: `string "2025"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

interface Located {
  file: ParsedFile;
  path: PathKey[];
}

/** Checks that need the whole merged dataset: ids, references, alias collisions, ranking consistency, value bounds. */
function crossCheck(files: readonly ParsedFile[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (at: Located, message: string) =>
    problems.push({ file: at.file.input.path, ...at.file.locate(at.path), message });

  const ids = { sources: new Map<string, Located>(), entities: new Map<string, Located>(), metrics: new Map<string, Located>(), rankings: new Map<string, Located>() };
  const defineAll = (section: keyof typeof ids, label: string) => {
    for (const file of files) {
      for (const dropped of file.droppedIds ?? []) {
        const at = { file, path: [section, dropped.index, 'id'] };
        if (dropped.section === section && !ids[section].has(dropped.id)) ids[section].set(dropped.id, at);
      }
      (file.data?.[section] ?? []).forEach((record, kept) => {
        const index = fileIndex(file, section, kept);
        const at = { file, path: [section, index, 'id'] };
        const first = ids[section].get(record.id);
        if (first) report(at, `${section}[${index}].id: duplicate ${label} id ${quote(record.id)} (first defined at ${first.file.input.path}:${first.file.locate(first.path).line})`);
        else ids[section].set(record.id, at);
      });
    }
  };
  defineAll('sources', 'source');
  defineAll('entities', 'entity');
  defineAll('metrics', 'metric');
  defineAll('rankings', 'ranking');

  const expectId = (section: 'sources' | 'entities' | 'metrics', label: string, id: string | undefined, at: Located) => {
    if (id !== undefined && !ids[section].has(id)) report(at, `${formatPath(at.path)}: unknown ${label} id ${quote(id)}`);
  };

  const aliasOwner = new Map<string, { entity: string; at: Located }>();
  const metricUnit = new Map<string, string>();
  /** Percent metrics that are shares of a whole (their id or label says "share"): bounded by 100, as a breakdown's categories are. */
  const shareMetrics = new Set<string>();
  // A count kept in thousands or millions ("596.8" million m³) is whole once scaled.
  const metricScale = new Map<string, number>();
  for (const file of files) {
    file.data?.metrics.forEach((m) => {
      metricUnit.set(m.id, m.unit);
      if (m.unit === 'percent' && /\bshares?\b/i.test(`${m.id.replace(/-/g, ' ')} | ${m.label}`)) shareMetrics.add(m.id);
      metricScale.set(m.id, SCALE_FACTOR[m.scale ?? 'one'] ?? 1);
    });
  }

  for (const file of files) {
    const data = file.data;
    if (!data) continue;
    data.entities.forEach((entity, kept) => {
      const index = fileIndex(file, 'entities', kept);
      const names = [{ name: entity.name, path: ['entities', index, 'name'] as PathKey[] }].concat(
        entity.aliases.map((alias, a) => ({ name: alias, path: ['entities', index, 'aliases', a] })),
      );
      for (const { name, path } of names) {
        const key = normaliseName(name);
        const owner = aliasOwner.get(key);
        if (owner && owner.entity !== entity.id) {
          report({ file, path }, `${formatPath(path)}: alias ${quote(name)} of ${quote(entity.id)} collides with ${quote(owner.entity)} (${owner.at.file.input.path}:${owner.at.file.locate(owner.at.path).line})`);
        } else if (!owner) aliasOwner.set(key, { entity: entity.id, at: { file, path } });
      }
      entity.successorOf?.forEach((id, i) => expectId('entities', 'entity', id, { file, path: ['entities', index, 'successorOf', i] }));
    });
    data.observations.forEach((o, kept) => {
      const index = fileIndex(file, 'observations', kept);
      const at = (field: string): Located => ({ file, path: ['observations', index, field] });
      expectId('entities', 'entity', o.entity, at('entity'));
      expectId('metrics', 'metric', o.metric, at('metric'));
      expectId('entities', 'entity', o.partner, at('partner'));
      expectId('sources', 'source', o.source, at('source'));
      if (o.period) {
        const [from, to] = o.period.split(/\s*[–-]\s*/).map(Number);
        if (from === undefined || to === undefined || from > to || from < 1900 || to > 2100) {
          report(at('period'), `observations[${index}].period: ${quote(o.period)} must run forwards within 1900–2100`);
        }
      }
      const unit = metricUnit.get(o.metric);
      const values = o.range ? o.range : o.value !== undefined ? [o.value] : [];
      const field = o.range ? 'range' : 'value';
      for (const v of values) {
        // A share is at most 100%; another rate in percent may pass it (a court's clearance rate, a hall's occupancy).
        const share = shareMetrics.has(o.metric) || o.dimension !== undefined;
        if (unit === 'percent' && share && (v < 0 || v > 100)) report(at(field), `observations[${index}].${field}: ${v} is outside 0–100 for percent metric ${quote(o.metric)}, a share`);
        if (unit === 'percent' && !share && v < 0) report(at(field), `observations[${index}].${field}: ${v} is negative for percent metric ${quote(o.metric)}`);
        // Money may be negative (an operating loss, a deficit, a net outflow); a count or a count per unit may not.
        if ((unit === 'count' || unit === 'rate') && v < 0) report(at(field), `observations[${index}].${field}: ${v} is negative for ${unit} metric ${quote(o.metric)}`);
        if (unit === 'count' && !isWholeScaled(v, metricScale.get(o.metric) ?? 1)) report(at(field), `observations[${index}].${field}: ${v} is not a whole number for count metric ${quote(o.metric)}`);
        if (unit === 'rank' && (v < 1 || !Number.isInteger(v))) report(at(field), `observations[${index}].${field}: ${v} is not a rank (a whole number from 1)`);
      }
    });
    data.rankings.forEach((ranking, kept) => {
      const r = fileIndex(file, 'rankings', kept);
      const years = new Map<string, number>();
      ranking.editions.forEach((edition, e) => {
        const base: PathKey[] = ['rankings', r, 'editions', e];
        expectId('sources', 'source', edition.source, { file, path: [...base, 'source'] });
        const key = `${edition.year}/${edition.method}`;
        if (years.has(key)) report({ file, path: [...base, 'year'] }, `${formatPath([...base, 'year'])}: edition ${edition.year} (${edition.method}) is defined twice in ranking ${quote(ranking.id)}`);
        years.set(key, e);
        const byRank = new Map<number, string>();
        const byEntity = new Set<string>();
        edition.ranks.forEach((entry, i) => {
          const path: PathKey[] = [...base, 'ranks', i];
          expectId('entities', 'entity', entry.entity, { file, path: [...path, 'entity'] });
          const holder = byRank.get(entry.rank);
          if (holder) report({ file, path: [...path, 'rank'] }, `${formatPath([...path, 'rank'])}: ${quote(entry.entity)} and ${quote(holder)} both hold rank ${entry.rank} in the ${edition.year} edition of ${quote(ranking.id)}`);
          else byRank.set(entry.rank, entry.entity);
          if (byEntity.has(entry.entity)) report({ file, path: [...path, 'entity'] }, `${formatPath([...path, 'entity'])}: ${quote(entry.entity)} is ranked twice in the ${edition.year} edition of ${quote(ranking.id)}`);
          byEntity.add(entry.entity);
          if (edition.coverage !== undefined && entry.rank > edition.coverage) report({ file, path: [...path, 'rank'] }, `${formatPath([...path, 'rank'])}: rank ${entry.rank} is beyond the edition's coverage (top ${edition.coverage})`);
        });
      });
    });
  }
  return problems;
}


/** Whether `value` in units of `scale` is a whole number of things (596.8 in millions is; 2.5 in ones is not). */
function isWholeScaled(value: number, scale: number): boolean {
  const scaled = value * scale;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scale);
}
