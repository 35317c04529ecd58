// The generated JSON Schemas serve editors: they accept the default dataset and good configs, and reject misspellings.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { repoRoot } from './helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;
const validateDataset = ajv.compile(schema('dataset.schema.json'));
const validateConfig = ajv.compile(schema('config.schema.json'));

describe('dataset.schema.json', () => {
  it('accepts every file of the default dataset', () => {
    const dir = join(repoRoot, 'samples/dataset');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const ok = validateDataset(parse(readFileSync(join(dir, name), 'utf8')));
      assert.ok(ok, `${name}: ${ajv.errorsText(validateDataset.errors)}`);
    }
  });
  it('rejects an unknown field and a bad year', () => {
    assert.equal(validateDataset({ sources: [{ id: 's', title: 'T', colour: 'red' }] }), false);
    assert.equal(validateDataset({ observations: [{ entity: 'a', metric: 'b', year: 1800, value: 1, source: 's' }] }), false);
  });
});

describe('config.schema.json', () => {
  it('accepts severities and known options', () => {
    assert.ok(validateConfig({ dataset: 'data/', rules: { cagr: 'warning', 'breakdown-sum': { severity: 'error', tolerance: 1 } } }), ajv.errorsText(validateConfig.errors));
  });
  it('rejects a misspelt rule id, an unknown option and a bad severity', () => {
    assert.equal(validateConfig({ rules: { cgar: 'error' } }), false);
    assert.equal(validateConfig({ rules: { 'breakdown-sum': { tolerence: 1 } } }), false);
    assert.equal(validateConfig({ rules: { cagr: { places: 2 } } }), false);
    assert.equal(validateConfig({ rules: { cagr: 'fatal' } }), false);
  });
});
