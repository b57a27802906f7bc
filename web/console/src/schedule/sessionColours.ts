/** A session's colour on the grid (the colour set in Settings), with text that stays readable on it. */
const FALLBACK = '#228be6';

export function sessionColours(sessions: readonly { sessionId: string; colour?: string }[]): ReadonlyMap<string, string> {
  return new Map(sessions.filter((session) => session.colour).map((session) => [session.sessionId, session.colour!]));
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textOn(colour: string): '#000000' | '#ffffff' {
  const hex = /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : FALLBACK;
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
