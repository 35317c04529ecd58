// Found by the lead on the corrected dev drafts (every planted error set right, so any finding is a false one): a total
// over "the two applicants" took the figures of the two growth statements before it, one of doctorates and one of
// papers, and added them up. A part counts what its total counts. On made-up apiculture stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
      entities: [
        { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute', country: 'Norway' },
        { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [
        { id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'publications', 'articles'] },
        { id: 'doctorates', label: 'Doctorates awarded', unit: 'count', phrases: ['doctorates', 'PhDs'] },
      ],
      observations: [],
      rankings: [],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.rule, f.stated]);

describe('a total over a counted group adds figures of its own measure only', () => {
  it('is silent when a part counts something else than the total', () => {
    const text =
      'HARS awarded 4 PhDs in 2016 and 21 in 2025. MPI is smaller: its publications rose from 61 to 150 between 2016 and 2025. ' +
      'Taken together, the two Norwegian stations published 640 papers in 2025.\n';
    assert.deepEqual(seen(text), []);
  });

  it('still adds parts of one measure, also under another word of that measure', () => {
    const text =
      'HARS grew from 310 papers in 2016 to 490 in 2025, and MPI from 61 publications in 2016 to 150 in 2025. ' +
      'Taken together, the two stations published 700 papers in 2025.\n';
    assert.deepEqual(seen(text), [['total', '700']]);
  });
});
