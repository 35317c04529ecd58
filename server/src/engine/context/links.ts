// Links numeric claims to dataset facts (entity, metric, year or period, partner) on strong evidence only.
import type { AnalysedDocument } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';

export interface DocumentLinks {
  links: [];
}

export function linkDocument(_doc: AnalysedDocument, _dataset: Dataset): DocumentLinks {
  return { links: [] };
}
