// Correct pages of our own, one folder per domain under a fixtures folder: each must give no finding with any domain's
// dataset, and have at least one claim verified with its own (shared by the precision and rank probe suites).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset } from './helpers.js';

export const domains = ['agri', 'energy', 'health', 'marine', 'space', 'water', 'seeds'];
const engines = new Map<string, Engine>();

/** One engine per eval domain ("seeds": the default dataset), made once per test process. */
export function domainEngine(domain: string): Engine {
  let engine = engines.get(domain);
  if (!engine) engines.set(domain, (engine = createEngine({ dataset: loadDomainDataset(domain) })));
  return engine;
}

/** A suite with one test per page of `fixtures/<domain>/*.md`. */
export function describeOwnPages(title: string, fixtures: string, seen: (engine: Engine, text: string) => unknown[]): void {
  describe(title, () => {
    for (const domain of readdirSync(fixtures).sort()) {
      for (const name of readdirSync(join(fixtures, domain)).filter((n) => n.endsWith('.md')).sort()) {
        it(`${domain}/${name}`, () => {
          const text = readFileSync(join(fixtures, domain, name), 'utf8');
          for (const other of domains) assert.deepEqual(seen(domainEngine(other), text), [], `${name} with the ${other} dataset`);
          assert.ok((domainEngine(domain).check(text).state.verified ?? []).length >= 1, `${name}: nothing verified`);
        });
      }
    }
  });
}
