// Shared test helpers: the repository root and the default dataset loaded from disk.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset } from 'factlint';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function loadDefaultDataset(): Promise<Dataset> {
  const dir = join(repoRoot, 'samples/dataset');
  const names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const inputs = await Promise.all(names.map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8') })));
  const { dataset, problems } = loadDataset(inputs);
  if (problems.length) throw new Error(`default dataset has problems:\n${problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  return dataset;
}
