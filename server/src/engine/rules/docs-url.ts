// Where each rule's documentation page is published (docs/rules/<id>.md), for editors, SARIF and messages.
export const REPOSITORY_URL = 'https://github.com/factlint/factlint';

export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
