// A check with `once` (the CLI's: its result is never handed to a later check) takes the per-segment readings as
// computed instead of preparing them for reuse; what a host sees must be byte for byte what the default check gives:
// diagnostics with their fixes, suggestions and data (key order included), coverage and the verified list.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

/** Everything a host sees of a check, as one comparable value. */
function observed(result: CheckResult): unknown {
  return {
    diagnostics: JSON.stringify(result.diagnostics),
    coverage: result.coverage,
    verified: JSON.stringify(result.state.verified),
  };
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? markdownUnder(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

async function domainEngine(domain: string): Promise<Engine> {
  const dir = domain === 'seeds' ? join(repoRoot, 'samples/dataset') : join(repoRoot, 'eval/domains', domain, 'dataset');
  const names = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const { dataset, problems } = loadDataset(await Promise.all(names.map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8') }))));
  assert.deepEqual(problems, []);
  return createEngine({ dataset });
}

function assertOnceSame(engine: Engine, file: string): void {
  const text = readFileSync(file, 'utf8');
  assert.deepEqual(observed(engine.check(text, { once: true })), observed(engine.check(text)), file.slice(repoRoot.length));
}

describe('check once', () => {
  let engine: Engine;
  before(async () => {
    engine = createEngine({ dataset: await loadDefaultDataset() });
  });

  it('gives what the default check gives on the samples and the test fixtures', () => {
    for (const file of [...markdownUnder(join(repoRoot, 'samples')), ...markdownUnder(join(repoRoot, 'test/fixtures'))]) assertOnceSame(engine, file);
  });

  it('gives what the default check gives on the dev corpus, with each domain’s dataset', async () => {
    const dev = join(repoRoot, 'eval/corpus/dev');
    for (const domain of readdirSync(dev).sort()) {
      const own = await domainEngine(domain);
      for (const file of markdownUnder(join(dev, domain))) assertOnceSame(own, file);
    }
  });

  it('hands on a result that a later check may take as previous', () => {
    const text = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
    const first = engine.check(text, { once: true });
    const edited = text.replace('institute', 'institutes');
    assert.notEqual(edited, text);
    assert.deepEqual(observed(engine.check(edited, { previous: first })), observed(engine.check(edited)));
  });
});
