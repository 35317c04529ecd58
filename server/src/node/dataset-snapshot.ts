// The default dataset validated at build time: indexed directly while its files are unchanged (loaded with the engine).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFile } from '@factlint/schemas';
import { indexDataset, loadDataset, type DatasetInput, type LoadedDataset } from '../engine/dataset/index.js';

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
 * loadDataset(), but for the unchanged default dataset the build's validated snapshot is indexed directly, which
 * saves parsing and validating its YAML on every run; any other or edited dataset is validated as usual.
 */
export function loadDatasetQuickly(inputs: readonly DatasetInput[]): LoadedDataset {
  snapshot ??= readSnapshot();
  if (snapshot && isSnapshotOf(snapshot, inputs)) {
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

