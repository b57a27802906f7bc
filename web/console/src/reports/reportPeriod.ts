/** Report periods as local dates: the default 4 weeks to today, and the period just before one (for comparison). */
const DAY_MS = 86_400_000;

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function defaultPeriod(today = new Date().toISOString().slice(0, 10)) {
  return { from: shiftDate(today, -27), to: today };
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(period: { from: string; to: string }) {
  const length = Math.round((Date.parse(period.to) - Date.parse(period.from)) / DAY_MS) + 1;
  return { from: shiftDate(period.from, -length), to: shiftDate(period.from, -1) };
}
