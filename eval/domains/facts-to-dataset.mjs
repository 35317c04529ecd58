// Turns a made-up domain's facts.json (written by the corpus authors) into a factlint dataset (dataset/*.json).
// Usage: node eval/domains/facts-to-dataset.mjs <domain>. The output is committed; re-run after editing facts.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const domain = process.argv[2];
if (!domain) throw new Error('usage: facts-to-dataset.mjs <domain>');
const dir = join(dirname(fileURLToPath(import.meta.url)), domain);
const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));

const idOf = (name) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const kindOf = (kind) => (/university/i.test(kind) ? 'university' : /country/i.test(kind) ? 'country' : 'research-institute');

// A scheme named by its city in the press ("Graz" for the Graz city bikes): the city is an alias when the factsheet gives
// one per entity and no two entities share it, as a dataset author would list it.
const cities = facts.entities.map((e) => e.city).filter(Boolean);
const cityAlias = (e) => (e.city && cities.filter((c) => c === e.city).length === 1 && !e.aliases.includes(e.city) ? [e.city] : []);
// An alias every park of the factsheet shares ("the park", "the authority") names none of them: a dataset author would
// not list it (the dataset schema refuses an alias of two entities); a draft's "the park" is read as a reference back.
const aliasCount = new Map();
for (const e of facts.entities) for (const a of new Set(e.aliases.map((x) => x.toLowerCase()))) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
const ownAliases = (e) => e.aliases.filter((a) => aliasCount.get(a.toLowerCase()) === 1);
// An id written as the factsheet's acronym ("REB", used in its tables and prose) is a name the press uses: an alias.
let factsheet = '';
try {
  factsheet = readFileSync(join(dir, 'factsheet.md'), 'utf8');
} catch {}
const acronymAlias = (e) => (/^[A-Z][A-Z0-9&]{1,9}$/.test(e.id) && !e.aliases.includes(e.id) && new RegExp(`\\b${e.id}\\b`).test(factsheet) ? [e.id] : []);
const entities = facts.entities.map((e) => ({ id: idOf(e.id), name: e.name, aliases: [...acronymAlias(e), ...ownAliases(e), ...cityAlias(e)], kind: kindOf(e.kind), country: e.country, description: e.kind }));
// Partners named by country become country entities, so an observation's partner is an id like any other.
const known = new Set(entities.map((e) => e.id));
for (const o of facts.observations) {
  if (o.partner && !known.has(idOf(o.partner))) {
    known.add(idOf(o.partner));
    entities.push({ id: idOf(o.partner), name: o.partner, aliases: [], kind: 'country' });
  }
}
const SCHEMA_UNITS = new Set(['count', 'percent', 'growth', 'currency', 'score', 'rank', 'rate', 'ratio']);
// A scale the schema knows; a unit written as a scale (energy in "GWh") is the metric's own unit, kept in its label.
const SCHEMA_SCALES = new Set(['one', 'thousand', 'million', 'billion', 'trillion']);
// A quantity in units of its own: counted in whole units ("tonnes") it is the schema's `count`; with decimals (an
// average length of stay of 4.1 nights per arrival) it is a `rate`, an amount per unit.
const wholeOnly = (id) => facts.observations.filter((o) => o.metric === id).every((o) => Number.isInteger(o.value));
const metrics = facts.metrics.map((m) => ({
  id: idOf(m.id),
  label: m.label,
  // A count with decimals (rangers as full-time equivalents, 41.5) is an amount per unit too: the schema's count is whole.
  unit: m.unit === 'index' ? 'score' : m.unit === 'count' && !m.scale && !wholeOnly(m.id) ? 'rate' : SCHEMA_UNITS.has(m.unit) ? m.unit : wholeOnly(m.id) ? 'count' : 'rate',
  ...(m.currency ? { currency: m.currency } : {}),
  ...(SCHEMA_SCALES.has(m.scale) ? { scale: m.scale } : {}),
  phrases: m.phrases ?? [],
  ...(m.breakdown ? { breakdown: m.breakdown } : {}),
}));
const observations = facts.observations.map((o) => ({
  entity: idOf(o.entity),
  metric: idOf(o.metric),
  ...(o.year !== undefined ? { year: o.year } : {}),
  ...(o.period ? { period: o.period } : {}),
  ...(o.partner ? { partner: idOf(o.partner) } : {}),
  ...(o.category ? { dimension: o.category } : {}),
  value: o.value,
  source: o.source,
}));
// A ranking recomputed under an earlier method is a hypothetical edition of the main ranking.
// The first ranking is the main one; a later one "recomputed with the earlier method" (a counterfactual) joins it as
// hypothetical editions, and any other (a sub-index, a ranking of another kind) is a ranking of its own.
const [main, ...others] = facts.rankings;
const isCounterfactual = (r) => /recomputed|counterfactual/i.test(r.label);
const counterfactuals = others.filter(isCounterfactual);
const ranksOf = (e) => e.ranks.map((r) => ({ entity: idOf(r.entity), rank: r.rank }));
const editions = main.editions.map((e) => ({ year: e.year, method: e.method ?? 'standard', source: e.source, ranks: ranksOf(e) }));
for (let i = 0; i < editions.length; i++) if (editions[i].method === 'standard' && i > 0 && editions[i - 1].method !== 'standard' && editions[i - 1].year >= 2021) editions[i].method = editions[i - 1].method;
for (const c of counterfactuals) {
  for (const e of c.editions) editions.push({ year: e.year, method: e.method, hypothetical: true, source: e.source, ranks: ranksOf(e), note: c.label });
}
const rankings = [
  { id: idOf(main.id), label: main.label, phrases: [...main.phrases, ...counterfactuals.flatMap((c) => c.phrases)], editions },
  ...others.filter((r) => !isCounterfactual(r)).map((r) => ({ id: idOf(r.id), label: r.label, phrases: r.phrases, editions: r.editions.map((e) => ({ year: e.year, method: e.method ?? 'standard', source: e.source, ranks: ranksOf(e) })) })),
];

mkdirSync(join(dir, 'dataset'), { recursive: true });
const write = (name, data) => writeFileSync(join(dir, 'dataset', name), `${JSON.stringify({ $schema: '../../../../schemas/dataset.schema.json', ...data }, null, 1)}\n`);
write('sources.json', { sources: facts.sources.map((s) => ({ ...s, id: idOf(s.id) })) });
write('entities.json', { entities, metrics });
write('observations.json', { observations: observations.map((o) => ({ ...o, source: idOf(o.source) })) });
write('rankings.json', { rankings: rankings.map((r) => ({ ...r, editions: r.editions.map((e) => ({ ...e, source: idOf(e.source) })) })) });
console.log(`${domain}: ${entities.length} entities, ${metrics.length} metrics, ${observations.length} observations, ${rankings.reduce((n, r) => n + r.editions.length, 0)} ranking editions`);
