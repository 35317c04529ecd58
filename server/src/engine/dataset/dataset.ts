// The merged, indexed dataset the checks consult: look-ups by id, alias and (entity, metric).
import type { Entity, Metric, Observation, Ranking, Source, DatasetFile } from '@factlint/schemas';

export interface Dataset {
  /** The files it was built from, in order, for "which dataset is in use" messages. */
  files: readonly string[];
  sources: ReadonlyMap<string, Source>;
  entities: ReadonlyMap<string, Entity>;
  metrics: ReadonlyMap<string, Metric>;
  rankings: ReadonlyMap<string, Ranking>;
  observations: readonly Observation[];
  /** Normalised name or alias → entity id. */
  entityByName: ReadonlyMap<string, string>;
  /** `${entity}|${metric}` → observations. */
  observationsByKey: ReadonlyMap<string, readonly Observation[]>;
  observationsByEntity: ReadonlyMap<string, readonly Observation[]>;
  observationsByMetric: ReadonlyMap<string, readonly Observation[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The factor of each scale a metric or a stated figure may carry ("million" = 1e6). */
export const SCALE_FACTOR: Readonly<Record<string, number>> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Case-, dash-, space- and leading-"The"-insensitive form of a name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim()
    .replace(/^the /, '');
}

export function observationKey(entity: string, metric: string): string {
  return `${entity}|${metric}`;
}

export function indexDataset(files: readonly DatasetFile[], paths: readonly string[] = []): Dataset {
  const sources = new Map<string, Source>();
  const entities = new Map<string, Entity>();
  const metrics = new Map<string, Metric>();
  const rankings = new Map<string, Ranking>();
  const observations: Observation[] = [];
  const entityByName = new Map<string, string>();
  const observationsByKey = new Map<string, Observation[]>();
  const observationsByEntity = new Map<string, Observation[]>();
  const observationsByMetric = new Map<string, Observation[]>();

  for (const file of files) {
    for (const s of file.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const e of file.entities) {
      if (entities.has(e.id)) continue;
      entities.set(e.id, e);
      for (const name of [e.name, ...e.aliases]) {
        const key = normaliseName(name);
        if (!entityByName.has(key)) entityByName.set(key, e.id);
      }
    }
    for (const m of file.metrics) {
      if (metrics.has(m.id)) continue;
      metrics.set(m.id, m);
    }
    for (const r of file.rankings) if (!rankings.has(r.id)) rankings.set(r.id, r);
    for (const o of file.observations) {
      observations.push(o);
      push(observationsByKey, observationKey(o.entity, o.metric), o);
      push(observationsByEntity, o.entity, o);
      push(observationsByMetric, o.metric, o);
    }
  }
  return { files: paths, sources, entities, metrics, rankings, observations, entityByName, observationsByKey, observationsByEntity, observationsByMetric };
}
