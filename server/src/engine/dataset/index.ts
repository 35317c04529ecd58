// Dataset API of the engine for its own modules: the indexed Dataset type and look-ups. Loading (parse, validate and
// locate problems: load.js, with zod and the YAML parser) is not re-exported here, so that the readings and rules that
// import this file do not make every check initialise zod's schemas and the YAML parser: a CLI run on the default
// dataset, and every worker thread, never validates a dataset (about 5 % of a worker's CPU time). The engine's public
// entry (../index.js) exports both.
export type { DatasetInput, DatasetProblem, LoadedDataset } from './load.js';
export { indexDataset, normaliseName, observationKey, type Dataset } from './dataset.js';
