// Formats the numbers quoted in messages: thousands grouped, at most a few decimals, no float noise.
// (Hand-written rather than toLocaleString, which costs microseconds per call on a hot path.)
export function formatNumber(value: number, maxDecimals = 2): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(maxDecimals).split('.') as [string, string | undefined];
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const grouped = whole.length > 3 && (whole.length > 4 || Number.isInteger(value)) ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
