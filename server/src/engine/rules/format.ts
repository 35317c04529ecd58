// Formats the numbers quoted in messages: thousands grouped, at most a few decimals, no float noise.
// (Hand-written rather than toLocaleString, which costs microseconds per call on a hot path.)
export function formatNumber(value: number, maxDecimals = 2): string {
  // The same figures are quoted again on every check (each verified claim's check names its inputs): kept, per
  // number of decimals, up to a bound, so a keystroke formats only what is new.
  const known = formatted[maxDecimals];
  let text = known?.get(value);
  if (text === undefined) {
    text = format(value, maxDecimals);
    if (known) {
      if (known.size >= FORMATTED_KEPT) known.clear();
      known.set(value, text);
    }
  }
  return text;
}

/** Formatted figures by number of decimals (0 to 6); -0 and 0 are one key of a Map, and format the same. */
const formatted: Array<Map<number, string> | undefined> = Array.from({ length: 7 }, () => new Map<number, string>());
const FORMATTED_KEPT = 20_000;

function format(value: number, maxDecimals: number): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(maxDecimals).split('.') as [string, string | undefined];
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const grouped = whole.length > 3 && (whole.length > 4 || Number.isInteger(value)) ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
