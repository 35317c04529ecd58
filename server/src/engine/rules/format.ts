// Formats the numbers quoted in messages: thousands grouped, at most a few decimals, no float noise.
export function formatNumber(value: number, maxDecimals = 2): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: maxDecimals, useGrouping: Math.abs(value) >= 10000 || Number.isInteger(value) });
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
