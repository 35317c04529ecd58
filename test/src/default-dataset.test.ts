// The default dataset (samples/dataset): loads with zero problems and is consistent in itself (derived facts,
// names, GII ranks). Its facts against the seed documents: scripts/check-provenance.mjs (npm run check:provenance).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset, normaliseName, type Dataset, type DatasetInput } from 'factlint';

type Observation = Dataset['observations'][number];

const repoRoot = new URL('../../', import.meta.url);
const datasetDir = fileURLToPath(new URL('samples/dataset/', repoRoot));

/** The dataset folder's files in name order, as readDatasetInputs gives them. */
function datasetInputs(): DatasetInput[] {
  return readdirSync(datasetDir)
    .filter((name) => /\.(ya?ml|json)$/i.test(name) && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ path: join(datasetDir, name), text: readFileSync(join(datasetDir, name), 'utf8') }));
}

const { dataset, problems } = loadDataset(datasetInputs());

describe('default dataset: loading', () => {
  it('loads samples/dataset with zero problems', () => {
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
      [],
    );
  });

  it('holds every section', () => {
    assert.ok(dataset.files.length >= 5, 'one file per section at least');
    assert.ok(dataset.sources.size >= 15, `sources: ${dataset.sources.size}`);
    assert.ok(dataset.entities.size >= 100, `entities: ${dataset.entities.size}`);
    assert.ok(dataset.metrics.size >= 30, `metrics: ${dataset.metrics.size}`);
    assert.ok(dataset.observations.length >= 100, `observations: ${dataset.observations.length}`);
    assert.ok(dataset.rankings.has('gii-clusters'));
  });

  it('starts every file with the schema modeline', () => {
    for (const input of datasetInputs()) {
      assert.equal(
        input.text.split('\n')[0],
        '# yaml-language-server: $schema=../../schemas/dataset.schema.json',
        input.path,
      );
    }
  });

  it('marks partner shares as overlapping and the AIST country split as exclusive', () => {
    assert.equal(dataset.metrics.get('sweden-copublication-share')?.breakdown, 'overlapping');
    assert.equal(dataset.metrics.get('international-collaboration-breakdown')?.breakdown, 'exclusive');
    const aist = dataset.observationsByKey.get('aist|international-collaboration-breakdown') ?? [];
    assert.equal(aist.reduce((sum, o) => sum + (o.value ?? 0), 0), 100);
  });

  it('records Science Tokyo as the successor of Tokyo Tech and TMDU', () => {
    assert.deepEqual([...(dataset.entities.get('science-tokyo')?.successorOf ?? [])].sort(), ['tmdu', 'tokyo-tech']);
  });
});

const P = '2015–2024';

function samePeriod(a: string | undefined, b: string | undefined): boolean {
  const norm = (p: string | undefined) => p?.replace(/\s*[–-]\s*/, '–');
  return norm(a) === norm(b);
}

/** The one observation that a fact's keys pick out (all of entity, metric, year, period, partner, dimension). */
function findObservation(ds: Dataset, f: { entity: string; metric: string; year?: number; period?: string; partner?: string; dimension?: string }): Observation {
  const candidates = (ds.observationsByKey.get(`${f.entity}|${f.metric}`) ?? []).filter(
    (o) => o.year === f.year && samePeriod(o.period, f.period) && o.partner === f.partner && o.dimension === f.dimension,
  );
  const label = JSON.stringify(f);
  assert.equal(candidates.length, 1, `exactly one observation for ${label}, found ${candidates.length}`);
  return candidates[0] as Observation;
}

describe('default dataset: derived facts', () => {
  it("UTokyo's 61–73% share of combined output is a range over 2015–2024", () => {
    const o = findObservation(dataset, { entity: 'utokyo', metric: 'combined-sweden-share', period: P });
    assert.deepEqual(o.range, [61, 73]);
    assert.equal(o.source, 'stint-outlook-7');
  });

  it('derived facts name their inputs', () => {
    const share = findObservation(dataset, { entity: 'utokyo', metric: 'sweden-copublication-share', period: P, partner: 'stockholm-university' });
    assert.equal(share.derivedFrom, '2022 / 4181');
    const combined = findObservation(dataset, { entity: 'tokyo-yokohama', metric: 'sweden-copublications', year: 2015, dimension: 'UTokyo + Science Tokyo + Keio' });
    assert.equal(combined.derivedFrom, '287 + 165 + 21');
    const utokyo2024 = findObservation(dataset, { entity: 'utokyo', metric: 'combined-sweden-share', year: 2024 });
    assert.equal(utokyo2024.derivedFrom, '638 / 902');
  });

  it('every partner share of the three tables is its count over the institution total', () => {
    const totals: Record<string, number> = { utokyo: 4181, 'science-tokyo': 1773, keio: 428 };
    let rows = 0;
    for (const [entity, total] of Object.entries(totals)) {
      for (const share of dataset.observationsByKey.get(`${entity}|sweden-copublication-share`) ?? []) {
        if (!share.partner) continue;
        const count = findObservation(dataset, { entity, metric: 'sweden-copublications', period: P, partner: share.partner });
        assert.equal(share.derivedFrom, `${count.value} / ${total}`);
        assert.equal(Math.round(((count.value ?? NaN) / total) * 1000) / 10, share.value, `${entity} × ${share.partner}`);
        rows++;
      }
    }
    assert.equal(rows, 15);
  });
});

describe('default dataset: names', () => {
  it('resolves spelling variants the matcher is meant to absorb', () => {
    assert.equal(dataset.entityByName.get(normaliseName('the tokyo-yokohama cluster')), 'tokyo-yokohama');
    assert.equal(dataset.entityByName.get(normaliseName('Shenzhen - Hong Kong - Guangzhou')), 'shenzhen-hong-kong-guangzhou');
    assert.equal(dataset.entityByName.get(normaliseName('Tokyo Tech')), 'tokyo-tech');
    assert.equal(dataset.entityByName.get(normaliseName('TMDU')), 'tmdu');
  });

  it('keeps ambiguous bare city names unresolved', () => {
    for (const bare of ['Tokyo', 'Kyoto', 'Osaka', 'Yokohama', 'Cambridge']) {
      assert.equal(dataset.entityByName.get(normaliseName(bare)), undefined, bare);
    }
  });
});

describe('default dataset: GII cluster ranking', () => {
  const gii = dataset.rankings.get('gii-clusters');
  const edition = (year: number, method: string) => gii?.editions.find((e) => e.year === year && e.method === method);

  it('holds the 2025 top 15 (patents+publications+vc) as the reference lists it', () => {
    const top15 = [
      'shenzhen-hong-kong-guangzhou',
      'tokyo-yokohama',
      'san-jose-san-francisco',
      'beijing',
      'seoul',
      'shanghai-suzhou',
      'new-york-city',
      'london',
      'boston-cambridge',
      'los-angeles',
      'osaka-kobe-kyoto',
      'paris',
      'hangzhou',
      'san-diego',
      'nanjing',
    ];
    const e = edition(2025, 'patents+publications+vc');
    assert.ok(e, '2025 edition');
    assert.equal(e.coverage, 15);
    assert.equal(e.published, '2025-09-01');
    const byRank = [...e.ranks].sort((a, b) => a.rank - b.rank);
    assert.deepEqual(
      byRank.map((r) => r.entity),
      top15,
    );
    assert.deepEqual(
      byRank.map((r) => r.rank),
      top15.map((_, i) => i + 1),
    );
  });

  it('has Tokyo–Yokohama at 1 in every edition 2017–2024 and in 2025 under the old method', () => {
    for (let year = 2017; year <= 2024; year++) {
      const e = edition(year, 'patents+publications');
      assert.ok(e, `edition ${year}`);
      assert.equal(e.ranks.find((r) => r.rank === 1)?.entity, 'tokyo-yokohama', `${year}`);
      assert.ok(e.coverage !== undefined && e.ranks.every((r) => r.rank <= (e.coverage ?? 0)), `${year} coverage`);
    }
    const old = edition(2025, 'patents+publications');
    assert.ok(old);
    assert.equal(old.source, 'stint-outlook-7');
    assert.deepEqual(old.ranks, [{ entity: 'tokyo-yokohama', rank: 1 }]);
    assert.match(old.note ?? '', /counterfactual/);
  });

  it('has Shenzhen–Hong Kong–Guangzhou at 2 from 2020 to 2024, and the 2023 top 5 and 2024 top 3', () => {
    for (let year = 2020; year <= 2024; year++) {
      assert.equal(edition(year, 'patents+publications')?.ranks.find((r) => r.rank === 2)?.entity, 'shenzhen-hong-kong-guangzhou', `${year}`);
    }
    const top = (year: number) =>
      [...(edition(year, 'patents+publications')?.ranks ?? [])].sort((a, b) => a.rank - b.rank).map((r) => r.entity);
    assert.deepEqual(top(2023), ['tokyo-yokohama', 'shenzhen-hong-kong-guangzhou', 'seoul', 'beijing', 'shanghai-suzhou']);
    assert.deepEqual(top(2024), ['tokyo-yokohama', 'shenzhen-hong-kong-guangzhou', 'beijing']);
    assert.equal(edition(2023, 'patents+publications')?.source, 'wipo-gii-2023-early-release');
    assert.equal(edition(2024, 'patents+publications')?.source, 'beijing-gov-2024-08-30');
  });

  it('names a defined source for every edition', () => {
    for (const ranking of dataset.rankings.values()) {
      for (const e of ranking.editions) assert.ok(dataset.sources.has(e.source), `${ranking.id} ${e.year}: ${e.source}`);
    }
  });
});
