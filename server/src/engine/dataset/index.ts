// Dataset API of the engine: load (validate + locate problems) and the indexed Dataset type.
export { loadDataset, validateDataset, formatProblem, normaliseName, type DatasetInput, type DatasetProblem, type LoadedDataset } from './load.js';
export { indexDataset, observationKey, type Dataset } from './dataset.js';
