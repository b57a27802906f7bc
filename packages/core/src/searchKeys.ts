/** Normalized forms used as index keys for client search: case-, accent- and punctuation-insensitive. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Family name first, so a prefix search by family name (the way front desks look people up) is one Query. */
export function clientSortName(firstName: string, lastName: string): string {
  return `${normalizeName(lastName)} ${normalizeName(firstName)}`.trim();
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Digits only, so "(416) 555-0101" and "416.555.0101" find the same client. */
export function normalizePhone(value: string): string {
  return value.replace(/\D+/g, '');
}

/**
 * The phone keys a typed number may be stored under: digits only, with and without the North
 * American country code, so "416 555 0144" finds "+1 416 555 0144" and the other way round.
 */
export function phoneSearchKeys(value: string): string[] {
  const digits = normalizePhone(value);
  if (digits.length === 10) return [digits, `1${digits}`];
  if (digits.length === 11 && digits.startsWith('1')) return [digits, digits.slice(1)];
  return digits ? [digits] : [];
}

/**
 * Whether a typed name finds this client by given name: the text's first word starts their given
 * (or preferred) name and any further words start their family name ("emma", "emma thom").
 */
export function matchesGivenName(client: { firstName: string; lastName: string; preferredName?: string | undefined }, text: string): boolean {
  const [given = '', ...rest] = normalizeName(text).split(' ');
  if (!given) return false;
  const family = rest.join(' ');
  const givenNames = [client.firstName, client.preferredName ?? ''].map(normalizeName).filter(Boolean);
  return givenNames.some((name) => name.startsWith(given)) && (!family || normalizeName(client.lastName).startsWith(family));
}
