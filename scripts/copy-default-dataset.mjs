// Build step: copies the default dataset (samples/dataset) into the factlint package, so an installed CLI has it,
// and writes a validated snapshot of it beside, with the files it was made from (see loadDatasetQuickly).
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateDataset } from 'factlint';
import { defaultDatasetPath, readDatasetInputs } from '../server/dist/node/dataset-files.js';
import { defaultDatasetSnapshotPath, snapshotSources } from '../server/dist/node/dataset-snapshot.js';

const from = fileURLToPath(new URL('../samples/dataset/', import.meta.url));
await rm(defaultDatasetPath, { recursive: true, force: true });
await mkdir(defaultDatasetPath, { recursive: true });
for (const name of (await readdir(from)).filter((n) => /\.(ya?ml|json)$/i.test(n))) await cp(from + name, defaultDatasetPath + name);

const inputs = await readDatasetInputs([defaultDatasetPath]);
const { files, problems } = validateDataset(inputs);
if (problems.length) {
  // No snapshot for a broken dataset: the CLI then validates it and reports every problem.
  await rm(defaultDatasetSnapshotPath, { force: true });
  console.error(`the default dataset has ${problems.length} problem(s); no snapshot written`);
} else {
  await writeFile(defaultDatasetSnapshotPath, JSON.stringify({ sources: snapshotSources(inputs), files }));
}
