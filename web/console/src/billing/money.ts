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
