// The workspace service of long-running hosts (the language server): settings precedence, config discovery that is
// invalidated when a config file changes, datasets cached per file set with a "keep the last good one" policy, and
// one engine per (dataset, rules).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RuleSetting } from '@factlint/schemas';
import { createEngine, RuleOptionsError, UnknownRuleError, type Dataset, type DatasetInput, type DatasetProblem, type Engine } from '../engine/index.js';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, type ConfigProblem, type LoadedConfig } from './config.js';
import { defaultDatasetPath } from './dataset-files.js';
import { loadDatasetQuickly } from './dataset-snapshot.js';

const DATASET_FILE = /\.(ya?ml|json)$/i;

/** Settings an editor passes for a file's folder; each overrides the config file's value when set. */
export interface EditorSettings {
  /** Dataset files or folders, absolute or relative to `root`. */
  dataset?: readonly string[];
  /** Rule id → setting, applied over the config file's `rules`. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The workspace folder relative editor paths are resolved against. */
  root?: string;
}

export interface DatasetState {
  /** The key of its file set (absolute paths, JSON). */
  key: string;
  /** The files it was read from. */
  files: string[];
  /** The dataset the checks use: the current one, or the last good one when the current has problems. */
  dataset: Dataset;
  /** Problems of the current files (empty when valid). */
  problems: DatasetProblem[];
  /** Set when the files have problems and an earlier valid version is used instead. */
  usingLastGood: boolean;
  /** Whether this is factlint's default dataset. */
  isDefault: boolean;
}

export interface FileSetup {
  engine?: Engine;
  dataset: DatasetState;
  config?: LoadedConfig;
  /** Problems of the configuration file (the engine then uses the defaults). */
  configProblems: ConfigProblem[];
  /** Why no engine could be built (an unknown rule or bad rule options in the editor settings). */
  engineError?: string;
  rules: Record<string, RuleSetting>;
}

/** Reads a file's text: an open editor's unsaved text first, else the disk. */
export type TextReader = (path: string) => Promise<string>;

export class WorkspaceService {
  private resolver = new ConfigResolver();
  private readonly datasets = new Map<string, Promise<DatasetState>>();
  private readonly lastGood = new Map<string, Dataset>();
  private readonly engines = new Map<string, Engine>();

  constructor(private readonly readText: TextReader = (path) => readFile(path, 'utf8')) {}

  /** Everything needed to check one file (absolute path). Never throws for bad config or dataset files. */
  async setupFor(path: string, settings: EditorSettings = {}): Promise<FileSetup> {
    let config: LoadedConfig | undefined;
    let configProblems: ConfigProblem[] = [];
    try {
      config = await this.resolver.forFile(path);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      configProblems = error.problems;
    }
    const root = settings.root ?? config?.dir ?? dirname(path);
    const paths = settings.dataset?.length ? settings.dataset.map((p) => resolve(root, p)) : (config?.datasets ?? [resolve(defaultDatasetPath)]);
    const dataset = await this.dataset(paths, !settings.dataset?.length && !config?.datasets);
    const rules: Record<string, RuleSetting> = { ...(config?.rules ?? {}), ...(settings.rules ?? {}) };
    // A bad rule setting is reported where it stands (the config file, else the editor settings) and left out.
    for (;;) {
      try {
        return { engine: this.engine(dataset, rules), dataset, config, configProblems, rules };
      } catch (error) {
        const id = error instanceof RuleOptionsError ? error.ruleId : error instanceof UnknownRuleError ? /unknown rule "([^"]+)"/.exec(error.message)?.[1] : undefined;
        if (id === undefined || !(id in rules)) return { dataset, config, configProblems, rules, engineError: (error as Error).message };
        if (config && id in config.rules && !(id in (settings.rules ?? {}))) configProblems = [...configProblems, { file: config.file, ...config.locate(['rules', id], true), message: (error as Error).message }];
        else return { dataset, config, configProblems, rules, engineError: `factlint.rules: ${(error as Error).message}` };
        delete rules[id];
      }
    }
  }

  /** Whether a changed file (absolute path) is a configuration file, so discovery must start again. */
  isConfigFile(path: string): boolean {
    return (CONFIG_FILE_NAMES as readonly string[]).includes(basename(path));
  }

  /**
   * Forgets what a changed, created or deleted file affects: the configuration when it is a config file, the
   * datasets read from it or from its folder. Returns whether anything was forgotten.
   */
  invalidate(path: string): boolean {
    let changed = false;
    if (this.isConfigFile(path)) {
      this.resolver = new ConfigResolver();
      changed = true;
    }
    if (DATASET_FILE.test(path)) {
      for (const key of this.datasets.keys()) {
        const roots = JSON.parse(key) as string[];
        if (roots.some((r) => r === path || path.startsWith(`${r.replace(/\/$/, '')}/`))) {
          this.datasets.delete(key);
          changed = true;
        }
      }
    }
    return changed;
  }

  /** The dataset states loaded so far (for publishing their problems and "dataset in use" answers). */
  async loadedDatasets(): Promise<DatasetState[]> {
    return Promise.all(this.datasets.values());
  }

  private dataset(paths: string[], isDefault: boolean): Promise<DatasetState> {
    const key = JSON.stringify(paths);
    let found = this.datasets.get(key);
    if (!found) {
      found = this.loadDataset(key, paths, isDefault);
      this.datasets.set(key, found);
    }
    return found;
  }

  private async loadDataset(key: string, paths: string[], isDefault: boolean): Promise<DatasetState> {
    const inputs: DatasetInput[] = [];
    const problems: DatasetProblem[] = [];
    for (const path of paths) {
      try {
        for (const file of await datasetFilesOf(path)) inputs.push({ path: file, text: await this.readText(file) });
      } catch (error) {
        problems.push({ file: path, line: 1, column: 1, message: `cannot read the dataset: ${(error as Error).message}` });
      }
    }
    const loaded = loadDatasetQuickly(inputs);
    problems.push(...loaded.problems);
    const files = inputs.map((i) => i.path);
    if (problems.length === 0) {
      this.lastGood.set(key, loaded.dataset);
      return { key, files, dataset: loaded.dataset, problems, usingLastGood: false, isDefault };
    }
    const previous = this.lastGood.get(key);
    return { key, files, dataset: previous ?? loaded.dataset, problems, usingLastGood: previous !== undefined, isDefault };
  }

  /** Throws UnknownRuleError or RuleOptionsError for bad rule settings. */
  private engine(dataset: DatasetState, rules: Record<string, RuleSetting>): Engine {
    const key = `${dataset.key}\0${JSON.stringify(rules)}`;
    let engine = this.engines.get(key);
    if (engine?.dataset !== dataset.dataset) {
      engine = createEngine({ dataset: dataset.dataset, rules });
      this.engines.set(key, engine);
    }
    return engine;
  }
}

/** A dataset path's files: the file itself, or a folder's *.yaml, *.yml and *.json (not JSON Schemas), by name. */
async function datasetFilesOf(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => DATASET_FILE.test(n) && !n.endsWith('.schema.json')).sort();
  return names.map((n) => join(path, n));
}
