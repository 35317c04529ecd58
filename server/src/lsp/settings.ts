// The editor settings of a draft (factlint.*), pulled from the client per resource, with their defaults.
import type { Connection } from 'vscode-languageserver';
import type { RuleSetting } from '@factlint/schemas';

export interface ServerSettings {
  enable: boolean;
  dataset: string[];
  rules: Record<string, RuleSetting>;
  run: 'onType' | 'onSave';
  showUnverified: boolean;
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, dataset: [], rules: {}, run: 'onType', showUnverified: false, inlayHints: false };

export async function readSettings(connection: Connection, uri: string, canPull: boolean): Promise<ServerSettings> {
  if (!canPull) return DEFAULT_SETTINGS;
  const raw = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'factlint' }).catch(() => undefined)) ?? {}) as Partial<ServerSettings>;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    dataset: Array.isArray(raw.dataset) ? raw.dataset.filter((p): p is string => typeof p === 'string') : [],
    rules: raw.rules && typeof raw.rules === 'object' ? raw.rules : {},
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    showUnverified: raw.showUnverified === true,
    inlayHints: raw.inlayHints === true,
  };
}
