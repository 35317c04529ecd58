// The made-up ferry lines the growth walk's across-versions tests draft their sections about: the dataset knows one
// line and nothing of the lines' statements, so what is checked is the text's own arithmetic.
import { datasetOf } from './helpers.js';

export const ferryDataset = datasetOf({
  'ferries.json': {
    sources: [{ id: 'ferry-log', title: 'Made-up Ferry Log 2024', publisher: 'Made-up Harbour Board', year: 2024 }],
    entities: [{ id: 'kel', name: 'Kelsund Line', aliases: ['Kelsund'], kind: 'organisation', country: 'Norway' }],
    metrics: [{ id: 'crossings', label: 'Crossings', unit: 'count', phrases: ['crossings'] }],
    observations: [{ entity: 'kel', metric: 'crossings', year: 2024, value: 300, source: 'ferry-log' }],
  },
});

/** A paragraph that states nothing. */
export const FERRY_FILLER = 'The crews changed twice a day, and the winter timetable ran from the first storm of November to the thaw.';
