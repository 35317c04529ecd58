// Node-side reading of dataset paths: files and folders (their *.yaml, *.yml, *.json), in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '../engine/dataset/index.js';
import { readRegularTextFile } from './read-file.js';

const DATASET_FILE = /\.(ya?ml|json)$/i;

/** The dataset that ships with factlint: samples/dataset (built from the seed documents), copied in at build time. */
export const defaultDatasetPath = fileURLToPath(new URL('../default-dataset/', import.meta.url));

/** The dataset files of `paths`; each must be a regular file of at most `maxBytes` (else NotRegularFileError, FileTooLargeError). */
export async function readDatasetInputs(paths: readonly string[], maxBytes = Infinity): Promise<DatasetInput[]> {
  const inputs: DatasetInput[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute);
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).filter((n) => DATASET_FILE.test(n) && !n.endsWith('.schema.json')).sort();
      for (const name of names) inputs.push({ path: join(absolute, name), text: readRegularTextFile(join(absolute, name), maxBytes) });
    } else {
      inputs.push({ path: absolute, text: readRegularTextFile(absolute, maxBytes) });
    }
  }
  return inputs;
}
