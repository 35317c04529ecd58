// The default dataset validated at build time: indexed directly while its files are unchanged. This module does not
// load dataset-validation code (zod, the YAML parser): the CLI imports it on every run and validates a dataset only
// when the snapshot does not stand for it (./dataset-snapshot.js adds the synchronous fallback for the language server).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFile } from '@factlint/schemas';
import { indexDataset, type DatasetInput, type LoadedDataset } from '../engine/dataset/index.js';

/** The default dataset validated at build time (scripts/copy-default-dataset.mjs), with the files it was made from. */
export const defaultDatasetSnapshotPath = fileURLToPath(new URL('../default-dataset.snapshot.json', import.meta.url));

export interface DatasetSnapshot {
  /** The dataset files by name (not path, so a snapshot stays valid wherever the package is installed) and content. */
  sources: Array<{ name: string; text: string }>;
  files: DatasetFile[];
}

/** The sources of a snapshot of `inputs`. */
export function snapshotSources(inputs: readonly DatasetInput[]): DatasetSnapshot['sources'] {
  return inputs.map((input) => ({ name: basename(input.path), text: input.text }));
}

/**
 * The snapshot stands for `inputs` when they are its files, byte for byte: compared whole rather than by a hash, which
 * costs less than loading node:crypto (a start-up cost of every run) and cannot collide.
 */
function isSnapshotOf(snapshot: DatasetSnapshot, inputs: readonly DatasetInput[]): boolean {
  const sources = snapshot.sources;
  return Array.isArray(sources) && sources.length === inputs.length && inputs.every((input, k) => sources[k]!.text === input.text && sources[k]!.name === basename(input.path));
}

let snapshot: DatasetSnapshot | null | undefined;

/**
 * The unchanged default dataset, indexed from the build's validated snapshot (which saves parsing and validating its
 * YAML on every run); undefined when `inputs` are any other or an edited dataset, which must be validated.
 */
export function snapshotDataset(inputs: readonly DatasetInput[]): LoadedDataset | undefined {
  snapshot ??= readSnapshot();
  if (snapshot && isSnapshotOf(snapshot, inputs)) {
    return { dataset: indexDataset(snapshot.files, inputs.map((i) => i.path)), problems: [] };
  }
  return undefined;
}

function readSnapshot(): DatasetSnapshot | null {
  try {
    return JSON.parse(readFileSync(defaultDatasetSnapshotPath, 'utf8')) as DatasetSnapshot;
  } catch {
    return null;
  }
}

