// The default dataset validated at build time: indexed directly while its files are unchanged (loaded with the engine).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFile } from '@factlint/schemas';
import { indexDataset, loadDataset, type DatasetInput, type LoadedDataset } from '../engine/dataset/index.js';

/** The default dataset validated at build time (scripts/copy-default-dataset.mjs), keyed by a hash of its files. */
export const defaultDatasetSnapshotPath = fileURLToPath(new URL('../default-dataset.snapshot.json', import.meta.url));

export interface DatasetSnapshot {
  hash: string;
  files: DatasetFile[];
}

/** A hash of dataset files by name and content, so a snapshot stays valid wherever the package is installed. */
export function datasetHash(inputs: readonly DatasetInput[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(basename(input.path)).update('\0').update(input.text).update('\0');
  return hash.digest('hex');
}

let snapshot: DatasetSnapshot | null | undefined;

/**
 * loadDataset(), but for the unchanged default dataset the build's validated snapshot is indexed directly, which
 * saves parsing and validating its YAML on every run; any other or edited dataset is validated as usual.
 */
export function loadDatasetQuickly(inputs: readonly DatasetInput[]): LoadedDataset {
  snapshot ??= readSnapshot();
  if (snapshot && inputs.length === snapshot.files.length && datasetHash(inputs) === snapshot.hash) {
    return { dataset: indexDataset(snapshot.files, inputs.map((i) => i.path)), problems: [] };
  }
  return loadDataset(inputs);
}

function readSnapshot(): DatasetSnapshot | null {
  try {
    return JSON.parse(readFileSync(defaultDatasetSnapshotPath, 'utf8')) as DatasetSnapshot;
  } catch {
    return null;
  }
}

