// --format sarif: a SARIF 2.1.0 log (GitHub code scanning and other viewers) with rules, results, related locations and fixes.
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../../engine/types.js';
import { sha256 } from '../cache.js';
import type { FileReport, LocatedDiagnostic, LocatedRange, RunReport } from '../types.js';
import { datasetFiles, usesDefaultDataset } from './shared.js';

export const INFORMATION_URI = 'https://github.com/factlint/factlint';
export const ruleHelpUri = (id: string) => `${INFORMATION_URI}/blob/main/docs/rules/${id}.md`;

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

function region(r: Pick<LocatedRange, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/** The artifact location of a file: relative to %SRCROOT% (cwd) when inside it, else an absolute file URI. */
function artifactLocation(file: FileReport) {
  if (file.display.startsWith('/') || /^[a-zA-Z]:/.test(file.display)) return { uri: pathToFileURL(file.path).href };
  return { uri: file.display.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    shortDescription: { text: rule.docs.description },
    fullDescription: { text: rule.docs.details },
    help: {
      text: `${rule.docs.description}\n\n${rule.docs.details}`,
      markdown: `${rule.docs.description}\n\n${rule.docs.details}\n\nFlagged:\n\n\`\`\`markdown\n${rule.docs.failing}\`\`\`\n\nCorrect:\n\n\`\`\`markdown\n${rule.docs.passing}\`\`\`\n`,
    },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false, level: 'none' as const } : { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: rule.tags, fixable: rule.fixable },
  };
}

function result(file: FileReport, d: LocatedDiagnostic, ruleIndex: number) {
  const artifact = artifactLocation(file);
  const sarif: Record<string, unknown> = {
    ruleId: d.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(d) } }],
    partialFingerprints: { 'factlintFinding/v1': sha256(d.ruleId, file.display, d.message, d.stated ?? '') },
  };
  if (d.related?.length) {
    sarif.relatedLocations = d.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifact, region: region(r) }, message: { text: r.message } }));
  }
  if (d.fix) {
    sarif.fixes = [
      {
        description: { text: d.fix.title },
        artifactChanges: [
          {
            artifactLocation: artifact,
            replacements: d.fix.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
          },
        ],
      },
    ];
  }
  const properties: Record<string, string> = {};
  if (d.stated !== undefined) properties.stated = d.stated;
  if (d.expected !== undefined) properties.expected = d.expected;
  if (d.reason !== undefined) properties.reason = d.reason;
  if (Object.keys(properties).length) sarif.properties = properties;
  return sarif;
}

export function formatSarif(report: RunReport): string {
  const rules = report.rules ?? [];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = pathToFileURL(report.cwd.endsWith('/') ? report.cwd : `${report.cwd}/`).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factlint',
            version: report.version,
            semanticVersion: report.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => file.diagnostics.map((d) => result(file, d, index.get(d.ruleId) ?? -1))),
        invocations: [{ executionSuccessful: true }],
        properties: {
          config: { files: [...new Set(report.configs.flat())] },
          dataset: { files: datasetFiles(report.datasets), default: usesDefaultDataset(report.datasets), paths: [...new Set(report.datasets.flatMap((d) => d.paths))] },
          coverage: report.summary.coverage,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
