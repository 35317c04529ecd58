// Names a place inside a configuration or dataset file by its path of keys: rules.cagr, entities[3].aliases.

export type PathKey = string | number;

export function formatPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
