#!/usr/bin/env node
// Dataset provenance: every fact and name of the default dataset (samples/dataset) is checked against the seed
// documents it came from (../shared/seeds, ../shared/reference), and the seeds yield only their real defects.
// Run by `npm run check:provenance` and by .ci/run where ../shared/seeds exists; `npm test` never reads ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, loadDataset, normaliseName } from 'factlint';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const sharedRoot = process.env.FACTLINT_SHARED ?? join(repoRoot, '../shared');
const datasetDir = join(repoRoot, 'samples/dataset');

if (!existsSync(join(sharedRoot, 'seeds'))) {
  console.error(`check-provenance: no seed documents at ${join(sharedRoot, 'seeds')} (set FACTLINT_SHARED to their parent folder)`);
  process.exit(2);
}

const inputs = readdirSync(datasetDir)
  .filter((name) => /\.(ya?ml|json)$/i.test(name) && !name.endsWith('.schema.json'))
  .sort()
  .map((name) => ({ path: join(datasetDir, name), text: readFileSync(join(datasetDir, name), 'utf8') }));
const { dataset, problems } = loadDataset(inputs);

const failures = [];
let checks = 0;
/** Runs one check; a thrown Error is recorded as a failure with its label. */
function check(label, fn) {
  checks++;
  try {
    fn();
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const collapse = (text) => text.replace(/\s+/g, ' ');
const seedCache = new Map();
/** A seed file's text (relative to shared/) with runs of whitespace collapsed to one space. */
function seed(file) {
  if (!seedCache.has(file)) seedCache.set(file, collapse(readFileSync(join(sharedRoot, file), 'utf8')));
  return seedCache.get(file);
}

const OUTLOOK = 'seeds/outlook-issue-7-tokyo-yokohama.txt';
const NATURE = 'seeds/nature-index-japan-collaboration.txt';
const SONGDO = 'seeds/songdo-tokyo-pipeline.txt';
const USJAPAN = 'seeds/us-japan-rd-collaboration.txt';
const GII = 'reference/gii-cluster-rankings.md';
const S = 'stint-outlook-7';
const N = 'nature-index-2016-japan';
const P = '2015–2024';
const ORDINAL_WORDS = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

function parseWritten(written) {
  const word = ORDINAL_WORDS[written.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(written.replace(/,/g, '').replace(/^\+/, ''));
  expect(Number.isFinite(n), `"${written}" is not a number`);
  return n;
}

const samePeriod = (a, b) => a?.replace(/\s*[–-]\s*/, '–') === b?.replace(/\s*[–-]\s*/, '–');

/** The one observation that a fact's keys pick out (all of entity, metric, year, period, partner, dimension). */
function findObservation(f) {
  const candidates = (dataset.observationsByKey.get(`${f.entity}|${f.metric}`) ?? []).filter(
    (o) => o.year === f.year && samePeriod(o.period, f.period) && o.partner === f.partner && o.dimension === f.dimension,
  );
  expect(candidates.length === 1, `exactly one observation for ${JSON.stringify(f)}, found ${candidates.length}`);
  return candidates[0];
}

/** Facts as the seeds write them: file, passage (whitespace compared collapsed), number as written, and the observation's keys. */
const facts = [
  // Outlook: scale and growth.
  { file: OUTLOOK, context: 'UTokyo expanded from 287 publications in 2015', written: '287', entity: 'utokyo', metric: 'sweden-copublications', year: 2015, source: S },
  { file: OUTLOOK, context: 'to 638 in 2024 (+122%; CAGR +9.3%)', written: '638', entity: 'utokyo', metric: 'sweden-copublications', year: 2024, source: S },
  { file: OUTLOOK, context: 'to 638 in 2024 (+122%; CAGR +9.3%)', written: '122', entity: 'utokyo', metric: 'sweden-copublications-change', period: P, source: S },
  { file: OUTLOOK, context: 'to 638 in 2024 (+122%; CAGR +9.3%)', written: '9.3', entity: 'utokyo', metric: 'sweden-copublications-cagr', period: P, source: S },
  { file: OUTLOOK, context: 'Science Tokyo grew more modestly, from 165 to 201 publications', written: '165', entity: 'science-tokyo', metric: 'sweden-copublications', year: 2015, source: S },
  { file: OUTLOOK, context: 'Science Tokyo grew more modestly, from 165 to 201 publications', written: '201', entity: 'science-tokyo', metric: 'sweden-copublications', year: 2024, source: S },
  { file: OUTLOOK, context: '(+21.8%; CAGR +2.2%)', written: '21.8', entity: 'science-tokyo', metric: 'sweden-copublications-change', period: P, source: S },
  { file: OUTLOOK, context: '(+21.8%; CAGR +2.2%)', written: '2.2', entity: 'science-tokyo', metric: 'sweden-copublications-cagr', period: P, source: S },
  { file: OUTLOOK, context: 'from 21 to 63 publications (+200%; CAGR +13.0%)', written: '21', entity: 'keio', metric: 'sweden-copublications', year: 2015, source: S },
  { file: OUTLOOK, context: 'from 21 to 63 publications (+200%; CAGR +13.0%)', written: '63', entity: 'keio', metric: 'sweden-copublications', year: 2024, source: S },
  { file: OUTLOOK, context: 'from 21 to 63 publications (+200%; CAGR +13.0%)', written: '200', entity: 'keio', metric: 'sweden-copublications-change', period: P, source: S },
  { file: OUTLOOK, context: 'from 21 to 63 publications (+200%; CAGR +13.0%)', written: '13.0', entity: 'keio', metric: 'sweden-copublications-cagr', period: P, source: S },
  { file: OUTLOOK, context: 'increased from 473 publications in 2015 to 902 in 2024 (+90.7%)', written: '473', entity: 'tokyo-yokohama', metric: 'sweden-copublications', year: 2015, dimension: 'UTokyo + Science Tokyo + Keio', source: S },
  { file: OUTLOOK, context: 'increased from 473 publications in 2015 to 902 in 2024 (+90.7%)', written: '902', entity: 'tokyo-yokohama', metric: 'sweden-copublications', year: 2024, dimension: 'UTokyo + Science Tokyo + Keio', source: S },
  { file: OUTLOOK, context: 'increased from 473 publications in 2015 to 902 in 2024 (+90.7%)', written: '90.7', entity: 'tokyo-yokohama', metric: 'sweden-copublications-change', period: P, dimension: 'UTokyo + Science Tokyo + Keio', source: S },
  { file: OUTLOOK, context: 'and 70.7% of the combined total in 2024', written: '70.7', entity: 'utokyo', metric: 'combined-sweden-share', year: 2024, source: S },
  { file: OUTLOOK, context: 'Sweden-linked publications account for 9.6% of total inter', written: '9.6', entity: 'science-tokyo', metric: 'sweden-share-of-international-copublications', period: P, source: S },
  // Outlook: totals and partner tables.
  { file: OUTLOOK, context: 'University of Tokyo (Total Sweden-linked publications 2015–2024: 4,181)', written: '4,181', entity: 'utokyo', metric: 'sweden-copublications', period: P, source: S },
  { file: OUTLOOK, context: 'Science Tokyo (Total Sweden-linked publications 2015–2024: 1,773)', written: '1,773', entity: 'science-tokyo', metric: 'sweden-copublications', period: P, source: S },
  { file: OUTLOOK, context: 'Keio University (Total Sweden-linked publications 2015–2024: 428)', written: '428', entity: 'keio', metric: 'sweden-copublications', period: P, source: S },
  { file: OUTLOOK, context: 'Stockholm University\t2,022\t48.4%', written: '2,022', entity: 'utokyo', metric: 'sweden-copublications', period: P, partner: 'stockholm-university', source: S },
  { file: OUTLOOK, context: 'Stockholm University\t2,022\t48.4%', written: '48.4', entity: 'utokyo', metric: 'sweden-copublication-share', period: P, partner: 'stockholm-university', source: S },
  { file: OUTLOOK, context: 'Karolinska Institutet\t503\t12.0%', written: '503', entity: 'utokyo', metric: 'sweden-copublications', period: P, partner: 'karolinska', source: S },
  { file: OUTLOOK, context: 'KTH Royal Institute of Technology\t1,217\t68.6%', written: '68.6', entity: 'science-tokyo', metric: 'sweden-copublication-share', period: P, partner: 'kth', source: S },
  { file: OUTLOOK, context: 'Uppsala University\t1,148\t64.7%', written: '1,148', entity: 'science-tokyo', metric: 'sweden-copublications', period: P, partner: 'uppsala-university', source: S },
  { file: OUTLOOK, context: 'Karolinska Institutet\t202\t47.2%', written: '47.2', entity: 'keio', metric: 'sweden-copublication-share', period: P, partner: 'karolinska', source: S },
  { file: OUTLOOK, context: 'Stockholm University\t89\t20.8%', written: '89', entity: 'keio', metric: 'sweden-copublications', period: P, partner: 'stockholm-university', source: S },
  // Outlook: cluster indicators and Table 1.
  { file: OUTLOOK, context: 'Approximately 55% of scientific publications originating from the cluster involve international co-authors', written: '55', entity: 'tokyo-yokohama', metric: 'international-coauthorship-share', source: S },
  { file: OUTLOOK, context: 'only around 7% of PCT patent applications list foreign partners as co-inventors', written: '7', entity: 'tokyo-yokohama', metric: 'foreign-coinventor-share', source: S },
  { file: OUTLOOK, context: 'Share of global PCT patent applications\t10.3%', written: '10.3', entity: 'tokyo-yokohama', metric: 'pct-share', year: 2025, source: S },
  { file: OUTLOOK, context: 'Share of global scientific publications\t1.4%', written: '1.4', entity: 'tokyo-yokohama', metric: 'publication-share', year: 2025, source: S },
  { file: OUTLOOK, context: 'Share of global VC deals\t2.2%', written: '2.2', entity: 'tokyo-yokohama', metric: 'vc-deal-share', year: 2025, source: S },
  { file: OUTLOOK, context: 'Globally by population-normalised intensity*\t29 <sup>th</sup>', written: '29', entity: 'tokyo-yokohama', metric: 'gii-intensity-rank', year: 2025, source: S },
  { file: OUTLOOK, context: 'PCT patent applications\t3,707', written: '3,707', entity: 'tokyo-yokohama', metric: 'pct-per-million', period: '2021–2025', source: S },
  { file: OUTLOOK, context: 'Scientific publications\t3,176', written: '3,176', entity: 'tokyo-yokohama', metric: 'publications-per-million', period: '2021–2025', source: S },
  { file: OUTLOOK, context: 'VC deals\t141', written: '141', entity: 'tokyo-yokohama', metric: 'vc-deals-per-million', period: '2021–2025', source: S },
  { file: OUTLOOK, context: 'GERD reaching 3.44% of GDP in 2023', written: '3.44', entity: 'japan', metric: 'gerd-share-of-gdp', year: 2023, source: S },
  { file: OUTLOOK, context: 'Sweden’s GERD was 3.64% in 2023 (OECD)', written: '3.64', entity: 'sweden', metric: 'gerd-share-of-gdp', year: 2023, source: 'oecd-gerd' },
  { file: OUTLOOK, context: 'reaching USD 6.1 billion in 2024', written: '6.1', entity: 'japan', metric: 'vc-investment', year: 2024, source: S },
  // Nature Index.
  { file: NATURE, context: 'RIKEN 2015 COLLABORATION SCORE: 801', written: '801', entity: 'riken', metric: 'collaboration-score', year: 2015, source: N },
  { file: NATURE, context: 'NATIONAL INSTITUTES OF NATURAL SCIENCES 2015 COLLABORATION SCORE: 701', written: '701', entity: 'nins', metric: 'collaboration-score', year: 2015, source: N },
  { file: NATURE, context: 'UNIVERSITY OF TSUKUBA 2015 COLLABORATION SCORE: 366', written: '366', entity: 'tsukuba', metric: 'collaboration-score', year: 2015, source: N },
  { file: NATURE, context: 'RESEARCH ORGANIZATION (KEK) 2015 COLLABORATION SCORE: 439', written: '439', entity: 'kek', metric: 'collaboration-score', year: 2015, source: N },
  { file: NATURE, context: '2015 COLLABORATION SCORE WITH INDUSTRY: 50', written: '50', entity: 'aist', metric: 'industry-collaboration-score', year: 2015, source: N },
  { file: NATURE, context: 'The 2016 budget for science and engineering is set at 3.45 tril', written: '3.45', entity: 'japan', metric: 'science-budget', year: 2016, source: N },
  { file: NATURE, context: 'down 6.4% from its peak in 2012', written: '6.4', factor: -1, entity: 'japan', metric: 'science-budget-change-from-peak', year: 2016, source: N },
  { file: NATURE, context: 'scientists at 490 international and 105 domes', written: '490', entity: 'nins', metric: 'partner-institutions', year: 2015, dimension: 'international', source: N },
  { file: NATURE, context: 'scientists at 490 international and 105 domes', written: '105', entity: 'nins', metric: 'partner-institutions', year: 2015, dimension: 'domestic', source: N },
  { file: NATURE, context: 'In 2014, almost 9,000 researchers from more than 50 countries', written: '9,000', entity: 'nins', metric: 'facility-users', year: 2014, source: N },
  { file: NATURE, context: 'in addition to its own 2,300 researchers, about 1,800 scientists and engineers from private industry', written: '2,300', entity: 'aist', metric: 'researchers', source: N },
  { file: NATURE, context: 'in addition to its own 2,300 researchers, about 1,800 scientists and engineers from private industry', written: '1,800', entity: 'aist', metric: 'industry-researchers-hosted', source: N },
  { file: NATURE, context: 'INFN National Laboratory in Italy, publishing 141 papers', written: '141', entity: 'kek', metric: 'joint-papers', partner: 'infn', source: N },
  { file: NATURE, context: 'CHINA 23%', written: '23', entity: 'aist', metric: 'international-collaboration-breakdown', partner: 'china', source: N },
  { file: NATURE, context: 'REST OF THE WORLD 36%', written: '36', entity: 'aist', metric: 'international-collaboration-breakdown', dimension: 'rest of the world', source: N },
  // Songdo–Tokyo pipeline.
  { file: SONGDO, context: 'In the 2025 cohort, 79 companies from Korea, Japan, and Taiwan participated.', written: '79', entity: 'innovation-tiger', metric: 'cohort-companies', year: 2025, source: 'songdo-tokyo-pipeline' },
  { file: SONGDO, context: 'the number of Korean startups at CIC Tokyo has grown to 24', written: '24', entity: 'cic-tokyo', metric: 'resident-startups', year: 2026, dimension: 'Korean startups', source: 'songdo-tokyo-pipeline' },
  { file: SONGDO, context: 'convert at least 30% of "Innovation Tiger" participants into joint R&D contracts', written: '30', entity: 'innovation-tiger', metric: 'joint-rd-conversion-target', year: 2027, source: 'songdo-tokyo-pipeline' },
  { file: SONGDO, context: 'slated for completion in 2028', written: '2028', entity: 'k-bio-lab-hub', metric: 'completion-year', source: 'songdo-tokyo-pipeline' },
  // US–Japan.
  { file: USJAPAN, context: 'The United States trade with Japan in 2020 totaled $252 billion.', written: '252', entity: 'united-states', metric: 'bilateral-trade', year: 2020, partner: 'japan', source: 'ewc-us-japan-rd' },
  { file: USJAPAN, context: 'support over 800,000 domestic jobs', written: '800,000', entity: 'japan', metric: 'jobs-supported', partner: 'united-states', dimension: 'Japanese multinational enterprises', source: 'ewc-us-japan-rd' },
  { file: USJAPAN, context: 'Trade with Japan supports an additional 2 million US jobs.', written: '2', factor: 1e6, entity: 'japan', metric: 'jobs-supported', partner: 'united-states', dimension: 'trade with Japan', source: 'ewc-us-japan-rd' },
  { file: USJAPAN, context: 'Japan is the United States’ fourth-largest goods export market.', written: 'fourth', entity: 'japan', metric: 'goods-export-market-rank', partner: 'united-states', source: 'ewc-us-japan-rd' },
  { file: USJAPAN, context: 'the 16th Japan-US Joint Working Level Committee (JWLC) Meeting', written: '16', entity: 'jwlc', metric: 'meeting-number', year: 2021, source: 'ewc-us-japan-rd' },
  // GII reference notes.
  { file: GII, context: 'The top 100 clusters span 33 economies: China 24, United States 22,', written: '24', entity: 'china', metric: 'gii-top100-clusters', year: 2025, source: 'gii-reference-notes' },
  { file: GII, context: 'The top 100 clusters span 33 economies: China 24, United States 22,', written: '22', entity: 'united-states', metric: 'gii-top100-clusters', year: 2025, source: 'gii-reference-notes' },
];

/** Names as the seed documents write them, and the entity each must resolve to. */
const names = [
  [OUTLOOK, 'Tokyo–Yokohama', 'tokyo-yokohama'],
  [OUTLOOK, 'Tokyo-Yokohama', 'tokyo-yokohama'],
  [OUTLOOK, 'Shenzhen–Hong Kong–Guangzhou', 'shenzhen-hong-kong-guangzhou'],
  [OUTLOOK, 'Shenzhen–Guangzhou', 'shenzhen-hong-kong-guangzhou'],
  [OUTLOOK, 'The University of Tokyo', 'utokyo'],
  [OUTLOOK, 'UTokyo', 'utokyo'],
  [OUTLOOK, 'Institute of Science Tokyo', 'science-tokyo'],
  [OUTLOOK, 'Science Tokyo', 'science-tokyo'],
  [OUTLOOK, 'Tokyo Institute of Technology', 'tokyo-tech'],
  [OUTLOOK, 'Tokyo Medical and Dental University', 'tmdu'],
  [OUTLOOK, 'Keio University', 'keio'],
  [OUTLOOK, 'Keio', 'keio'],
  [OUTLOOK, 'Waseda University', 'waseda'],
  [OUTLOOK, 'The University of Tsukuba', 'tsukuba'],
  [OUTLOOK, 'Stockholm University', 'stockholm-university'],
  [OUTLOOK, 'KTH Royal Institute of Technology', 'kth'],
  [OUTLOOK, 'KTH', 'kth'],
  [OUTLOOK, 'Lund University', 'lund-university'],
  [OUTLOOK, 'Uppsala University', 'uppsala-university'],
  [OUTLOOK, 'Karolinska Institutet', 'karolinska'],
  [OUTLOOK, 'Karolinska', 'karolinska'],
  [OUTLOOK, 'Chalmers University of Technology', 'chalmers'],
  [OUTLOOK, 'Linköping University', 'linkoping-university'],
  [OUTLOOK, 'University of Gothenburg', 'university-of-gothenburg'],
  [OUTLOOK, 'SciLifeLab', 'scilifelab'],
  [OUTLOOK, 'Rikagaku Kenkyūjo', 'riken'],
  [OUTLOOK, 'National Institute of Advanced Industrial Science and Technology', 'aist'],
  [OUTLOOK, 'National Institutes of Natural Sciences', 'nins'],
  [OUTLOOK, 'MEXT', 'mext'],
  [OUTLOOK, 'METI', 'meti'],
  [OUTLOOK, 'Japan Science and Technology Agency', 'jst'],
  [OUTLOOK, 'AMED', 'amed'],
  [OUTLOOK, 'NEDO', 'nedo'],
  [OUTLOOK, 'Japan Society for the Promotion of Science', 'jsps'],
  [OUTLOOK, 'World Intellectual Property Organization', 'wipo'],
  [OUTLOOK, 'Okinawa Institute of Science and Technology', 'oist'],
  [OUTLOOK, 'OIST', 'oist'],
  [OUTLOOK, 'Sony AI', 'sony-ai'],
  [OUTLOOK, 'Sony Computer Science Laboratories', 'sony-csl'],
  [OUTLOOK, 'Boston–Cambridge', 'boston-cambridge'],
  [OUTLOOK, 'Tokyo Metropolitan Government', 'tokyo-metropolitan-government'],
  [OUTLOOK, 'Shonan iPark', 'shonan-ipark'],
  [OUTLOOK, 'LINK-J', 'link-j'],
  [OUTLOOK, 'Mitsuui', 'mitsui'],
  [NATURE, 'University of Tsukuba', 'tsukuba'],
  [NATURE, 'Tsukuba University', 'tsukuba'],
  [NATURE, 'RIKEN', 'riken'],
  [NATURE, 'Kyoto University', 'kyoto-university'],
  [NATURE, 'Tohoku University', 'tohoku-university'],
  [NATURE, 'Nanjing University', 'nanjing-university'],
  [NATURE, 'MIT', 'mit'],
  [NATURE, 'Max Planck Society', 'max-planck-society'],
  [NATURE, 'JEOL', 'jeol'],
  [NATURE, 'NTT Group', 'ntt'],
  [NATURE, 'Toyota', 'toyota'],
  [NATURE, 'KEK', 'kek'],
  [NATURE, 'INFN', 'infn'],
  [NATURE, 'National Institute of Advanced Science and Technology', 'aist'],
  [SONGDO, 'K-Bio Lab Hub', 'k-bio-lab-hub'],
  [SONGDO, 'Shonan I-Park', 'shonan-ipark'],
  [SONGDO, 'CIC Tokyo', 'cic-tokyo'],
  [SONGDO, 'Ministry of SMEs and Startups', 'mss'],
  [SONGDO, 'MSS', 'mss'],
  [SONGDO, 'Innovation Tiger', 'innovation-tiger'],
  [SONGDO, 'MediMap Bio', 'medimap-bio'],
  [SONGDO, 'South Korea', 'south-korea'],
  [USJAPAN, 'Ministry of Education, Culture, Sports Science and Technology of Japan', 'mext'],
  [USJAPAN, 'U.S. Department of Energy', 'us-doe'],
  [USJAPAN, 'Toyota Research Institute', 'toyota-research-institute'],
  [USJAPAN, 'JWLC', 'jwlc'],
  [USJAPAN, 'United States', 'united-states'],
  [GII, 'San Jose–San Francisco', 'san-jose-san-francisco'],
  [GII, 'Osaka–Kobe–Kyoto', 'osaka-kobe-kyoto'],
  [GII, 'Republic of Korea', 'south-korea'],
  [GII, 'Shanghai–Suzhou', 'shanghai-suzhou'],
];

check('the default dataset loads', () => expect(problems.length === 0, problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('; ')));

for (const f of facts) {
  const where = [f.entity, f.metric, f.year ?? f.period, f.partner, f.dimension].filter(Boolean).join(' / ');
  check(`${where} = "${f.written}" (${f.file})`, () => {
    const context = collapse(f.context);
    expect(seed(f.file).includes(context), `${f.file} should contain: ${context}`);
    expect(context.includes(f.written), `"${f.written}" should be written in: ${context}`);
    const expected = parseWritten(f.written) * (f.factor ?? 1);
    const o = findObservation(f);
    expect(o.value === expected, `value ${o.value}, the seed says ${expected}`);
    expect(o.source === f.source, `source ${o.source}, expected ${f.source}`);
    expect(dataset.sources.has(o.source), `source "${o.source}" is not defined`);
  });
}

check("UTokyo's 61–73% share of combined output is a range over 2015–2024", () => {
  expect(seed(OUTLOOK).includes('UTokyo accounts for 61–73% of annual Sweden co-authored output across the period'), 'the outlook should state the range');
  const o = findObservation({ entity: 'utokyo', metric: 'combined-sweden-share', period: P });
  expect(JSON.stringify(o.range) === '[61,73]', `range ${JSON.stringify(o.range)}`);
});

for (const [file, name, id] of names) {
  check(`"${name}" → ${id}`, () => {
    // Case-insensitive: the Nature Index article sets some names in capitals (headings).
    expect(seed(file).toLowerCase().includes(collapse(name).toLowerCase()), `${file} should contain "${name}"`);
    const found = dataset.entityByName.get(normaliseName(name));
    expect(found === id, `resolves to ${found}`);
  });
}

check('each line "N. Name (…)" of the GII reference resolves to the entity at rank N of the 2025 edition', () => {
  const edition = dataset.rankings.get('gii-clusters')?.editions.find((e) => e.year === 2025 && e.method === 'patents+publications+vc');
  expect(edition, 'no 2025 edition');
  let lines = 0;
  for (const line of readFileSync(join(sharedRoot, GII), 'utf8').split('\n')) {
    const m = /^(\d+)\. (.+?) \(/.exec(line);
    if (!m) continue;
    lines++;
    const entity = dataset.entityByName.get(normaliseName(m[2]));
    const ranked = edition.ranks.find((r) => r.rank === Number(m[1]))?.entity;
    expect(entity !== undefined && entity === ranked, `${line}: ${entity} is not the entity at rank ${m[1]} (${ranked})`);
  }
  expect(lines >= 15, `only ${lines} ranked lines read`);
});

// Precision on the raw seeds (plain text, as the authors wrote them): only their real defects.
const engine = createEngine({ dataset, rules: { unverified: 'off' } });
const realDefects = {
  'outlook-issue-7-tokyo-yokohama.txt': ['citation-undefined: 29', 'formula: $(\\text{Final Value}/\\text{Initial Value})^{(1/n)-1}$'],
  'nature-index-japan-collaboration.txt': [],
  'songdo-tokyo-pipeline.txt': [],
  'us-japan-rd-collaboration.txt': [],
};
for (const [file, expected] of Object.entries(realDefects)) {
  check(`seeds/${file} yields only its real defects`, () => {
    const text = readFileSync(join(sharedRoot, 'seeds', file), 'utf8');
    const actual = engine.check(text).diagnostics.map((d) => `${d.ruleId}: ${text.slice(d.range.start, d.range.end)}`);
    expect(JSON.stringify(actual) === JSON.stringify(expected), `found ${JSON.stringify(actual)}`);
  });
}

for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`check-provenance: ${checks - failures.length} of ${checks} checks passed (${facts.length} facts, ${names.length} names, against ${sharedRoot})`);
process.exitCode = failures.length ? 1 : 0;
