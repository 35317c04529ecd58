// Dataset validation: every kind of bad input is rejected with a message naming the field and the
// exact 1-based line and column of the offending YAML (or JSON) node. Positions are counted by hand
// from the fixture texts; the line numbers are written beside the fixture lines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, loadDataset, type DatasetInput, type DatasetProblem } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

/** Problems of one file called bad.yaml (or another name), as [line, column, message]. */
function problemsOf(text: string, path = 'bad.yaml'): Array<[number, number, string]> {
  return located(loadDataset([{ path, text }]).problems);
}

function located(problems: readonly DatasetProblem[]): Array<[number, number, string]> {
  return problems.map((p) => [p.line, p.column, p.message]);
}

/** Asserts exactly the expected problems: [line, column, pattern the message must match]. */
function assertProblems(actual: Array<[number, number, string]>, expected: Array<[number, number, RegExp]>): void {
  assert.deepEqual(
    actual.map(([line, column]) => [line, column]),
    expected.map(([line, column]) => [line, column]),
    `positions of:\n${actual.map((p) => p.join(':')).join('\n')}`,
  );
  actual.forEach(([, , message], i) => assert.match(message, expected[i]![2]));
}

const lines = (...l: string[]) => l.join('\n') + '\n';

/** A valid file of 21 lines: one source, two entities, three metrics (count, percent, rank). */
const BASE = lines(
  'sources:', // 1
  '  - id: s1', // 2
  '    title: Source one', // 3
  'entities:', // 4
  '  - id: utokyo', // 5
  '    name: University of Tokyo', // 6
  '    aliases: [UTokyo]', // 7
  '    kind: university', // 8
  '  - id: kyoto', // 9
  '    name: Kyoto University', // 10
  '    kind: university', // 11
  'metrics:', // 12
  '  - id: pubs', // 13
  '    label: Publications', // 14
  '    unit: count', // 15
  '  - id: share', // 16
  '    label: Share', // 17
  '    unit: percent', // 18
  '  - id: pos', // 19
  '    label: Position', // 20
  '    unit: rank', // 21
);

/** BASE plus a ranking whose 2020 edition holds the given rank lines (line 30 on). */
const withRanking = (...rankLines: string[]) =>
  BASE +
  lines(
    'rankings:', // 22
    '  - id: clusters', // 23
    '    label: Cluster ranking', // 24
    '    editions:', // 25
    '      - year: 2020', // 26
    '        method: patents', // 27
    '        source: s1', // 28
    '        ranks:', // 29
    ...rankLines, // 30…
  );

describe('a valid dataset', () => {
  it('loads the fixture without problems', () => {
    const { dataset, problems } = loadDataset([{ path: 'ok.yaml', text: BASE }]);
    assert.deepEqual(problems, []);
    assert.equal(dataset.entities.get('utokyo')?.name, 'University of Tokyo');
    assert.equal(dataset.metrics.get('share')?.unit, 'percent');
  });

  it('loads the default dataset with zero problems', async () => {
    const dataset = await loadDefaultDataset();
    assert.ok(dataset.entities.size > 0 && dataset.observations.length > 0);
  });

  it('formats a problem as FILE:line:col: message', () => {
    assert.equal(formatProblem({ file: 'data/bad.yaml', line: 12, column: 7, message: 'sources[0].id: duplicate' }), 'data/bad.yaml:12:7: sources[0].id: duplicate');
    const [problem] = loadDataset([{ path: 'x/bad.yaml', text: 'sources:\n  - id: s1\n    title: A\n    colour: red\n' }]).problems;
    assert.ok(problem);
    assert.equal(formatProblem(problem), 'x/bad.yaml:4:5: sources[0]: unknown field "colour"');
  });
});

describe('YAML syntax errors', () => {
  it('locates a nested mapping in a compact value at the offending scalar', () => {
    const text = lines(
      'sources:', // 1
      '  - id: s1', // 2
      '    title: x: y', // 3: "x" at column 12
    );
    assertProblems(problemsOf(text), [[3, 12, /^YAML syntax: .*mapping/i]]);
  });

  it('locates a duplicate key at the second key', () => {
    const text = lines(
      'sources:', // 1
      '  - id: s1', // 2
      '    title: A', // 3
      '    title: B', // 4: second "title" at column 5
    );
    assertProblems(problemsOf(text), [[4, 5, /^YAML syntax: .*unique/i]]);
  });

  it('returns no data from a file with a syntax error', () => {
    const { dataset } = loadDataset([{ path: 'bad.yaml', text: BASE + 'observations: [\n' }]);
    assert.equal(dataset.entities.size, 0);
  });
});

describe('schema errors', () => {
  it('names an unknown field and points at its key', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - entity: utokyo', // 23
        '    metric: pubs', // 24
        '    year: 2015', // 25
        '    value: 3', // 26
        '    source: s1', // 27
        '    colour: red', // 28
      );
    assertProblems(problemsOf(text), [[28, 5, /^observations\[0\]: unknown field "colour"$/]]);
  });

  it('names an unknown field in a flow mapping', () => {
    const text = lines(
      'sources:', // 1
      '  - { id: s1, title: A, titel: B }', // 2: "titel" at column 25
    );
    assertProblems(problemsOf(text), [[2, 25, /^sources\[0\]: unknown field "titel"$/]]);
  });

  it('names a missing required field and points at the record that lacks it', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - entity: utokyo', // 23: the mapping starts at column 5
        '    metric: pubs', // 24
        '    year: 2015', // 25
        '    value: 3', // 26
      );
    assertProblems(problemsOf(text), [[23, 5, /^observations\[0\]\.source: .*missing/]]);
    const entity = lines(
      'entities:', // 1
      '  - id: osaka', // 2
      '    name: Osaka University', // 3
    );
    assertProblems(problemsOf(entity), [[2, 5, /^entities\[0\]\.kind: /]]);
  });

  it('rejects an observation without a value or a range', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pubs, year: 2015, source: s1 }', // 23
      );
    assertProblems(problemsOf(text), [[23, 5, /^observations\[0\]\.value: .*value or a range/]]);
  });
});

describe('references to unknown ids', () => {
  it('names the unknown entity, metric and source of an observation at their values', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - entity: osaka', // 23: value at column 13
        '    metric: papers', // 24
        '    year: 2015', // 25
        '    value: 3', // 26
        '    source: s9', // 27
        '    partner: tohoku', // 28: value at column 14
      );
    assertProblems(problemsOf(text), [
      [23, 13, /^observations\[0\]\.entity: unknown entity id "osaka"$/],
      [24, 13, /^observations\[0\]\.metric: unknown metric id "papers"$/],
      [27, 13, /^observations\[0\]\.source: unknown source id "s9"$/],
      [28, 14, /^observations\[0\]\.partner: unknown entity id "tohoku"$/],
    ]);
  });

  it('names an unknown entity or source in a ranking edition', () => {
    const text = withRanking(
      '          - { entity: osaka, rank: 1 }', // 30: "osaka" at column 23
    ).replace('        source: s1', '        source: gii'); // line 28: "gii" at column 17
    assertProblems(problemsOf(text), [
      [28, 17, /^rankings\[0\]\.editions\[0\]\.source: unknown source id "gii"$/],
      [30, 23, /^rankings\[0\]\.editions\[0\]\.ranks\[0\]\.entity: unknown entity id "osaka"$/],
    ]);
  });

  it('resolves ids defined in another file of the dataset', () => {
    const observations = lines('observations:', '  - { entity: utokyo, metric: pubs, year: 2015, value: 3, source: s1 }');
    const { problems } = loadDataset([
      { path: 'base.yaml', text: BASE },
      { path: 'obs.yaml', text: observations },
    ]);
    assert.deepEqual(problems, []);
  });
});

describe('duplicate ids', () => {
  it('reports the second of two sources with one id in a file, naming the first', () => {
    const text = lines(
      'sources:', // 1
      '  - id: s1', // 2
      '    title: A', // 3
      '  - id: s1', // 4: "s1" at column 9
      '    title: B', // 5
    );
    assertProblems(problemsOf(text), [[4, 9, /^sources\[1\]\.id: duplicate source id "s1" \(first defined at bad\.yaml:2\)$/]]);
  });

  it('reports a source id defined again in a second file', () => {
    const inputs: DatasetInput[] = [
      { path: 'a.yaml', text: lines('sources:', '  - id: s1', '    title: A') },
      { path: 'b.yaml', text: lines('# the same source again', 'sources:', '  - id: s2', '    title: B', '  - id: s1', '    title: C') },
    ];
    const { problems } = loadDataset(inputs);
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column]),
      [['b.yaml', 5, 9]],
    );
    assert.match(problems[0]!.message, /^sources\[1\]\.id: duplicate source id "s1" \(first defined at a\.yaml:2\)$/);
  });

  it('reports duplicate entity and metric ids', () => {
    const text = BASE + lines('  - id: pubs', '    label: Papers', '    unit: count'); // 22: metric "pubs" again
    assertProblems(problemsOf(text), [[22, 9, /^metrics\[3\]\.id: duplicate metric id "pubs"/]]);
    const entities = BASE.replace('  - id: kyoto', '  - id: utokyo'); // line 9
    assertProblems(problemsOf(entities), [[9, 9, /^entities\[1\]\.id: duplicate entity id "utokyo"/]]);
  });
});

describe('colliding names and aliases', () => {
  it('reports an alias that names another entity', () => {
    const text = lines(
      'entities:', // 1
      '  - id: utokyo', // 2
      '    name: University of Tokyo', // 3
      '    aliases: [UTokyo]', // 4
      '    kind: university', // 5
      '  - id: tokyo-uni', // 6
      '    name: Tokyo Uni', // 7
      '    aliases: [UTokyo]', // 8: "UTokyo" at column 15
      '    kind: university', // 9
    );
    assertProblems(problemsOf(text), [[8, 15, /^entities\[1\]\.aliases\[0\]: alias "UTokyo" of "tokyo-uni" collides with "utokyo" \(bad\.yaml:4\)$/]]);
  });

  it('treats case, a leading "The", dashes and spacing as the same name', () => {
    const text = lines(
      'entities:', // 1
      '  - id: utokyo', // 2
      '    name: The University of Tokyo', // 3
      '    kind: university', // 4
      '  - id: tokyo-yokohama', // 5
      '    name: Tokyo–Yokohama', // 6 (en dash)
      '    kind: cluster', // 7
      '  - id: other', // 8
      '    name: Other', // 9
      '    aliases:', // 10
      '      - university of tokyo', // 11: column 9
      '      - TOKYO - YOKOHAMA', // 12: column 9 (hyphen, spaces, capitals)
      '    kind: university', // 13
    );
    assertProblems(problemsOf(text), [
      [11, 9, /^entities\[2\]\.aliases\[0\]: alias "university of tokyo" of "other" collides with "utokyo"/],
      [12, 9, /^entities\[2\]\.aliases\[1\]: alias "TOKYO - YOKOHAMA" of "other" collides with "tokyo-yokohama"/],
    ]);
  });

  it('reports a collision across two files at the later name', () => {
    const { problems } = loadDataset([
      { path: 'a.yaml', text: BASE },
      { path: 'b.yaml', text: lines('entities:', '  - id: todai', '    name: the university of tokyo', '    kind: university') },
    ]);
    assert.deepEqual(problems.map((p) => [p.file, p.line, p.column]), [['b.yaml', 3, 11]]);
    assert.match(problems[0]!.message, /^entities\[0\]\.name: .*collides with "utokyo" \(a\.yaml:6\)$/);
  });

  it('accepts the same alias repeated within one entity', () => {
    const text = BASE.replace('    aliases: [UTokyo]', '    aliases: [UTokyo, utokyo, The University of Tokyo]');
    assert.deepEqual(problemsOf(text), []);
  });
});

describe('values out of bounds', () => {
  it('reports a percent above 100 for a share, and accepts 100', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: share, year: 2015, value: 100.5, source: s1 }', // 23: value at column 57
        '  - { entity: kyoto, metric: share, year: 2015, value: 100, source: s1 }', // 24
      );
    assertProblems(problemsOf(text), [[23, 57, /^observations\[0\]\.value: 100\.5 is outside 0–100 for percent metric "share", a share$/]]);
  });

  it('reports a negative count', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pubs, year: 2015, value: -4, source: s1 }', // 23: value at column 56
      );
    assertProblems(problemsOf(text), [[23, 56, /^observations\[0\]\.value: -4 is negative for count metric "pubs"$/]]);
  });

  it('accepts a percent above 100 of a measure that is no share (a clearance rate), and rejects a negative one', () => {
    const rate = (value: number) => BASE.replace('label: Publications', 'label: Publications').replace('    unit: count', '    unit: percent') + lines('observations:', `  - { entity: utokyo, metric: pubs, year: 2015, value: ${value}, source: s1 }`);
    assert.notEqual(rate(1), BASE, 'the metric is a percent');
    assertProblems(problemsOf(rate(100.3)), []);
    assertProblems(problemsOf(rate(-2)), [[23, 56, /^observations\[0\]\.value: -2 is negative for percent metric "pubs"$/]]);
  });

  it('accepts a negative amount of money (an operating loss)', () => {
    const text = BASE.replace('unit: count', 'unit: currency') + lines('observations:', '  - { entity: utokyo, metric: pubs, year: 2015, value: -4.5, source: s1 }');
    assert.notEqual(text, BASE + lines('observations:', '  - { entity: utokyo, metric: pubs, year: 2015, value: -4.5, source: s1 }'), 'the metric is money');
    assertProblems(problemsOf(text), []);
  });

  it('reports a rank below 1 as a unit: rank observation', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pos, year: 2015, value: 0, source: s1 }', // 23: value at column 55
        '  - { entity: kyoto, metric: pos, year: 2015, value: 1, source: s1 }', // 24: fine
      );
    assertProblems(problemsOf(text), [[23, 55, /^observations\[0\]\.value: 0 is not a rank/]]);
  });

  it('reports a rank below 1 in a ranking edition', () => {
    const text = withRanking(
      '          - { entity: utokyo, rank: 0 }', // 30: "0" at column 37
    );
    assertProblems(problemsOf(text), [[30, 37, /^rankings\[0\]\.editions\[0\]\.ranks\[0\]\.rank: .*rank of 1 or more/]]);
  });

  it('reports two entities at the same rank in one edition', () => {
    const text = withRanking(
      '          - { entity: utokyo, rank: 1 }', // 30
      '          - { entity: kyoto, rank: 1 }', // 31: "1" at column 36
    );
    assertProblems(problemsOf(text), [[31, 36, /^rankings\[0\]\.editions\[0\]\.ranks\[1\]\.rank: "kyoto" and "utokyo" both hold rank 1 in the 2020 edition of "clusters"$/]]);
  });

  it('reports an observation year outside 1900–2100', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pubs, year: 1899, value: 4, source: s1 }', // 23: year at column 43
        '  - { entity: utokyo, metric: pubs, year: 1900, value: 4, source: s1 }', // 24: fine
        '  - { entity: utokyo, metric: pubs, year: 2100, value: 4, source: s1 }', // 25: fine
        '  - { entity: utokyo, metric: pubs, year: 2101, value: 4, source: s1 }', // 26: year at column 43
      );
    assertProblems(problemsOf(text), [
      [23, 43, /^observations\[0\]\.year: .*1900 and 2100/],
      [26, 43, /^observations\[3\]\.year: .*1900 and 2100/],
    ]);
  });

  it('reports an edition year outside 1900–2100', () => {
    const text = withRanking('          - { entity: utokyo, rank: 1 }').replace('      - year: 2020', '      - year: 2101'); // 26: "2101" at column 15
    assertProblems(problemsOf(text), [[26, 15, /^rankings\[0\]\.editions\[0\]\.year: .*1900 and 2100/]]);
  });
});

describe('JSON dataset files (parsed as YAML)', () => {
  const json = lines(
    '{', // 1
    '  "sources": [{ "id": "s1", "title": "A" }],', // 2
    '  "entities": [{ "id": "utokyo", "name": "University of Tokyo", "kind": "university" }],', // 3
    '  "metrics": [{ "id": "share", "label": "Share", "unit": "percent" }],', // 4
    '  "observations": [', // 5
    '    { "entity": "utokyo", "metric": "share", "year": 2015, "value": 120, "source": "s1" }', // 6: 120 at column 69
    '  ]', // 7
    '}', // 8
  );

  it('locates a bound error in a JSON file', () => {
    assertProblems(problemsOf(json, 'bad.json'), [[6, 69, /^observations\[0\]\.value: 120 is outside 0–100/]]);
    assert.equal(formatProblem(loadDataset([{ path: 'bad.json', text: json }]).problems[0]!).slice(0, 14), 'bad.json:6:69:');
  });

  it('locates an unknown and a missing field in a JSON file', () => {
    const text = lines(
      '{', // 1
      '  "sources": [', // 2
      '    { "id": "s1", "titel": "A" }', // 3: object at column 5, "titel" at column 19
      '  ]', // 4
      '}', // 5
    );
    assertProblems(problemsOf(text, 'bad.json'), [
      [3, 5, /^sources\[0\]\.title: .*missing/],
      [3, 19, /^sources\[0\]: unknown field "titel"$/],
    ]);
  });

  it('locates a JSON syntax error (a missing comma) at the unexpected token', () => {
    const text = lines(
      '{', // 1
      '  "sources": [', // 2
      '    { "id": "s1" "title": "A" }', // 3: "title" at column 18
      '  ]', // 4
      '}', // 5
    );
    const problems = problemsOf(text, 'bad.json');
    assert.deepEqual(problems, [[3, 18, 'JSON syntax: expected "," or "}" after a value, found "\""']]);
  });

  it('reports a JSON file with an unclosed object at the brace that opens it', () => {
    const text = lines('{', '  "sources": [{ "id": "s1", "title": "A" }]'); // the "}" is missing
    const problems = problemsOf(text, 'bad.json');
    assert.deepEqual(problems, [[1, 1, 'JSON syntax: unclosed "{": no "}" closes it before the end of the file']]);
  });

  it('reports an unclosed string of a JSON file at its opening quote, not where the parser gives up', () => {
    const text = lines('{', '  "sources": [{ "id": "s1", "title": "A }],', '  "entities": []', '}');
    const problems = problemsOf(text, 'bad.json');
    assert.deepEqual(problems, [[2, 38, 'JSON syntax: unclosed string: a JSON string ends with " on the line it starts']]);
  });
});

describe('all problems at once', () => {
  it('reports five schema problems of one file, each located', () => {
    const text =
      BASE.replace('    kind: university\n  - id: kyoto', '    kind: univ\n  - id: kyoto') + // line 8: "univ" at column 11
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pubs, year: 1850, value: 4, source: s1 }', // 23: year at column 43
        '  - { entity: utokyo, metric: pubs, year: 2015, value: 4 }', // 24: no source, mapping at column 5
        '  - { entity: utokyo, metric: pubs, year: 2016, value: 4, source: s1, unit: x }', // 25: "unit" at column 71
        '  - { entity: UTokyo, metric: pubs, year: 2017, value: 4, source: s1 }', // 26: "UTokyo" at column 15
      );
    assertProblems(problemsOf(text), [
      [8, 11, /^entities\[0\]\.kind: /],
      [23, 43, /^observations\[0\]\.year: /],
      [24, 5, /^observations\[1\]\.source: /],
      [25, 71, /^observations\[2\]: unknown field "unit"$/],
      [26, 15, /^observations\[3\]\.entity: .*kebab-case/],
    ]);
  });

  it('reports five consistency problems of one file, each located', () => {
    const text =
      BASE +
      lines(
        '  - id: share', // 22: duplicate metric id, "share" at column 9
        '    label: Share again', // 23
        '    unit: percent', // 24
        'observations:', // 25
        '  - { entity: osaka, metric: pubs, year: 2015, value: 4, source: s1 }', // 26: "osaka" at column 15
        '  - { entity: utokyo, metric: share, year: 2015, value: 101, source: s1 }', // 27: value at column 57
        '  - { entity: utokyo, metric: pubs, year: 2015, value: -1, source: s1 }', // 28: value at column 56
        '  - { entity: utokyo, metric: pubs, year: 2015, value: 4, source: s2 }', // 29: "s2" at column 67
      );
    assertProblems(problemsOf(text), [
      [22, 9, /^metrics\[3\]\.id: duplicate metric id "share"/],
      [26, 15, /unknown entity id "osaka"/],
      [27, 57, /101 is outside 0–100/],
      [28, 56, /-1 is negative/],
      [29, 67, /unknown source id "s2"/],
    ]);
  });

  it('reports five problems of different kinds (schema and consistency) in one file, each located', () => {
    const text =
      BASE +
      lines(
        'observations:', // 22
        '  - { entity: utokyo, metric: pubs, year: 2015, value: 4, source: s1, colour: red }', // 23: unknown field, "colour" at column 71
        '  - { entity: utokyo, metric: pubs, year: 2016, value: 4 }', // 24: missing source, mapping at column 5
        '  - { entity: osaka, metric: pubs, year: 2015, value: 4, source: s1 }', // 25: unknown entity, "osaka" at column 15
        '  - { entity: utokyo, metric: share, year: 2015, value: 101, source: s1 }', // 26: percent above 100, value at column 57
        '  - { entity: utokyo, metric: pubs, year: 2017, value: 4, source: s2 }', // 27: unknown source, "s2" at column 67
      );
    assertProblems(problemsOf(text), [
      [23, 71, /unknown field "colour"/],
      [24, 5, /^observations\[1\]\.source: .*missing/],
      [25, 15, /unknown entity id "osaka"/],
      [26, 57, /101 is outside 0–100/],
      [27, 67, /unknown source id "s2"/],
    ]);
  });

  it('does not call an id unknown because the file defining it has an unrelated problem', () => {
    const { problems } = loadDataset([
      { path: 'a.yaml', text: BASE.replace('    title: Source one', '    title: Source one\n    colour: red') }, // line 4: "colour"
      { path: 'b.yaml', text: lines('observations:', '  - { entity: utokyo, metric: pubs, year: 2015, value: 3, source: s1 }') },
    ]);
    assert.deepEqual(
      problems.map((p) => formatProblem(p)),
      ['a.yaml:4:5: sources[0]: unknown field "colour"'],
    );
  });
});
