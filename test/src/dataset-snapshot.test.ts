// The build's snapshot of the default dataset stands in for it only while its files are unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from 'factlint';
import { defaultDatasetPath, readDatasetInputs } from '../../server/dist/node/dataset-files.js';
import { loadDatasetQuickly } from '../../server/dist/node/dataset-snapshot.js';

const inputs = await readDatasetInputs([defaultDatasetPath]);

describe('default dataset snapshot', () => {
  it('gives the same dataset as validating the files', () => {
    const quick = loadDatasetQuickly(inputs);
    const slow = loadDataset(inputs);
    assert.deepEqual(quick.problems, []);
    assert.deepEqual(quick.dataset, slow.dataset);
  });
  it('is not used once a file changes: the edited dataset is validated and its problems located', () => {
    const edited = inputs.map((i) => (i.path.endsWith('observations-outlook.yaml') ? { ...i, text: i.text.replace('value: 287', 'value: -287') } : i));
    assert.notDeepEqual(edited, inputs, 'the edit applies');
    const { problems } = loadDatasetQuickly(edited);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /-287 is negative for count metric "sweden-copublications"/);
  });
});
