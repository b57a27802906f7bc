/**
 * The typed API client: paths and bodies from the OpenAPI contract (`schema.d.ts`, generated from
 * `openapi.json` by `npm run api:types -w web/console`). Every request carries the signed-in user's
 * token; a 401 signs out. Failures become ApiError with the problem document's field paths.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { problemToError } from './apiError';

export type Schemas = components['schemas'];

let tokenSource: () => string | undefined = () => undefined;
let onUnauthorized: () => void = () => undefined;

/** The signed-in user's token, for the few requests made outside the typed client (PDFs). */
export function currentToken(): string | undefined {
  return tokenSource();
}

export function connectAuth(getToken: () => string | undefined, unauthorized: () => void): void {
  tokenSource = getToken;
  onUnauthorized = unauthorized;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenSource();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) onUnauthorized();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** The data of an openapi-fetch answer, or an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw problemToError(response.status, error);
  return data as T;
}
