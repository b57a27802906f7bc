/** The signed-in user as the console knows them: the ID token and the claims the API reads from it. */
export interface StaffSession {
  token: string;
  email: string;
  role: string;
  clinicId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const STORAGE_KEY = 'casefile.session';

export function sessionFromToken(token: string): StaffSession {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
  const claims = JSON.parse(json) as Record<string, unknown>;
  return {
    token,
    email: String(claims.email ?? ''),
    role: String(claims['custom:role'] ?? ''),
    clinicId: String(claims['custom:clinicId'] ?? ''),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3_600_000,
  };
}

export function storedSession(): StaffSession | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const session = raw ? (JSON.parse(raw) as StaffSession) : undefined;
    return session && session.expiresAt > Date.now() + 30_000 ? session : undefined;
  } catch {
    return undefined;
  }
}

export function storeSession(session: StaffSession | undefined): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}
