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
