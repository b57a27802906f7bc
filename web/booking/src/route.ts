/** The booking pages' routes, read from the address: `/book/{clinicSlug}[/{calendarId}]` and `/book/manage#{token}`. */
export type Route =
  | { page: 'book'; clinicSlug: string; calendarId?: string }
  /** `/book/manage#{token}`: like offers and forms, the token stays in the fragment. */
  | { page: 'manage'; token: string }
  | { page: 'offer'; token: string }
  /** `/book/forms/#{token}`: the token stays in the fragment, which browsers never send to a server. */
  | { page: 'form'; token: string }
  | { page: 'missing' };

const BASE = '/book/';

/** `hash` is the address's fragment: manage, offer and form links carry their token there, so it never reaches a server log. */
export function parseRoute(pathname: string, hash = ''): Route {
  if (!pathname.startsWith(BASE)) return { page: 'missing' };
  if (pathname === `${BASE}forms/` || pathname === `${BASE}forms`) return hash.length > 1 ? { page: 'form', token: hash.slice(1) } : { page: 'missing' };
  const parts = pathname.slice(BASE.length).split('/').filter(Boolean).map(decodeSegment);
  // `manage`, `forms` and `offer` are reserved: no clinic may take them as its address.
  // `/book/offer#{token}` opens a waitlist offer.
  if (parts[0] === 'offer') return parts.length === 1 && hash.length > 1 ? { page: 'offer', token: hash.slice(1) } : { page: 'missing' };
  if (parts[0] === 'manage') return parts.length === 1 && hash.length > 1 ? { page: 'manage', token: decodeSegment(hash.slice(1)) } : { page: 'missing' };
  if (parts.length === 1 && parts[0]) return { page: 'book', clinicSlug: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { page: 'book', clinicSlug: parts[0], calendarId: parts[1] };
  return { page: 'missing' };
}

export function manageUrl(token: string): string {
  return `${BASE}manage#${encodeURIComponent(token)}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
