// loadDataset() with the default dataset's build-time snapshot (./default-dataset-snapshot.js) used when it applies.
import { loadDataset, type DatasetInput, type LoadedDataset } from '../engine/dataset/load.js';
import { snapshotDataset } from './default-dataset-snapshot.js';

export { defaultDatasetSnapshotPath, snapshotSources, type DatasetSnapshot } from './default-dataset-snapshot.js';

/**
 * loadDataset(), but for the unchanged default dataset the build's validated snapshot is indexed directly, which
 * saves parsing and validating its YAML on every run; any other or edited dataset is validated as usual.
 */
export function loadDatasetQuickly(inputs: readonly DatasetInput[]): LoadedDataset {
  return snapshotDataset(inputs) ?? loadDataset(inputs);
}
