/** fetch for the public API: JSON in and out, problem documents and network failures as ApiError. */
import { ApiError, problemToError } from './apiError';

const TIMEOUT_MS = 20_000;

declare global {
  interface Window {
    /** Started by public/prefetch.js before the app loads; used once, by the first request of the same method, path and body. */
    __casefilePrefetch?: { key: string; response: Promise<Response> };
  }
}

function takePrefetched(key: string): Promise<Response> | undefined {
  const prefetch = window.__casefilePrefetch;
  if (!prefetch || prefetch.key !== key) return undefined;
  window.__casefilePrefetch = undefined;
  return prefetch.response;
}

export async function requestJson<T>(path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<T> {
  let response: Response;
  const method = init.method ?? 'GET';
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  try {
    const prefetched = takePrefetched(`${method} ${path} ${body ?? ''}`);
    response = await (prefetched ?? fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body,
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined,
    }));
  } catch (cause) {
    throw new ApiError(0, 'Network error', undefined, [], undefined, { cause });
  }
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw problemError(response, payload);
}

function problemError(response: Response, problem: unknown): ApiError {
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  return problemToError(response.status, problem, Number.isFinite(retryAfter) ? retryAfter : undefined);
}
