// Writes schemas/*.schema.json from the zod source; with --check, fails when the committed files drift.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DatasetFile, Config, Severity } from '@factlint/schemas';
import { allRules } from 'factlint';

const check = process.argv.includes('--check');
/**
 * The config schema for editors names every rule with its description and options, so that a misspelt rule id or
 * option is underlined as you type (the zod Config stays generic; the CLI checks ids and options the same way).
 */
function withRules(json) {
  const severity = z.toJSONSchema(Severity);
  const properties = {};
  for (const rule of allRules) {
    const options = rule.options ? z.toJSONSchema(rule.options, { io: 'input' }) : { type: 'object', properties: {}, additionalProperties: false };
    delete options.$schema;
    properties[rule.id] = {
      description: `${rule.docs.description} Default: ${rule.defaultSeverity}.`,
      anyOf: [severity, { ...options, properties: { severity, ...options.properties } }],
    };
  }
  delete severity.$schema;
  json.properties.rules = { ...json.properties.rules, properties, additionalProperties: false };
  return json;
}

const targets = [
  { file: 'dataset.schema.json', schema: DatasetFile, title: 'factlint dataset file' },
  { file: 'config.schema.json', schema: Config, title: 'factlint configuration', extend: withRules },
];

let drifted = 0;
for (const { file, schema, title, extend } of targets) {
  const base = { ...z.toJSONSchema(schema, { io: 'input' }), title };
  const json = extend ? extend(base) : base;
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
