// Dataset API of the engine for its own modules: the indexed Dataset type and look-ups. Loading (parse, validate and
// locate problems: load.js, with zod and the YAML parser) is not re-exported here, so that the readings and rules that
// import this file do not make every check initialise zod's schemas and the YAML parser: a CLI run on the default
// dataset, and every worker thread, never validates a dataset (initialising the rules took 35 ms of CPU instead of
// 52 ms, in each thread; bench/RESULTS.md). The engine's public entry (../index.js) exports both.
export type { DatasetInput, DatasetProblem, LoadedDataset } from './load.js';
export { indexDataset, normaliseName, observationKey, type Dataset } from './dataset.js';
