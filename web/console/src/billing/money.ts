/** Money arrives in minor units (cents) with the clinic's currency; shown the way people read it. */
const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: number, currency = 'CAD'): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-CA', { style: 'currency', currency });
    formats.set(currency, format);
  }
  return format.format(minor / 100);
}

/** `12.50` (or `12,50`) to 1250; undefined when it is not an amount. */
export function parseMoney(text: string): number | undefined {
  const normalized = text.trim().replace(/[$\s]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(normalized)) return undefined;
  return Math.round(Number(normalized) * 100);
}

/** A tax rate typed as a percentage to basis points: 13 -> 1300, 13.5 -> 1350; -1 (refused by the API at the field) when it is not a number. */
export function percentToBasisPoints(percent: string): number {
  const value = Number(percent.trim().replace(',', '.'));
  return percent.trim() === '' || !Number.isFinite(value) ? -1 : Math.round(value * 100);
}
