// Writes schemas/*.schema.json from the zod source; with --check, fails when the committed files drift.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DatasetFile, Config } from '@factlint/schemas';

const check = process.argv.includes('--check');
const targets = [
  { file: 'dataset.schema.json', schema: DatasetFile, title: 'factlint dataset file' },
  { file: 'config.schema.json', schema: Config, title: 'factlint configuration' },
];

let drifted = 0;
for (const { file, schema, title } of targets) {
  const json = { ...z.toJSONSchema(schema, { io: 'input' }), title };
  const text = JSON.stringify(json, null, 2) + '\n';
  const path = fileURLToPath(new URL(`../schemas/${file}`, import.meta.url));
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== text) {
      drifted++;
      console.error(`schemas/${file} is out of date with the zod source: run \`npm run schemas\` and commit it.`);
    }
  } else {
    await writeFile(path, text);
    console.log(`wrote schemas/${file}`);
  }
}
if (check && drifted === 0) console.log('JSON Schemas match the zod source.');
process.exitCode = drifted ? 1 : 0;
