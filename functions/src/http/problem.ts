import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { DomainError, FieldIssue, Outcome } from '@casefile/core';

const STATUS_OF: Readonly<Record<Outcome, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  // Oversized bodies are a malformed request here, answered like every other input error.
  too_large: 400,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
};

const TITLE_OF: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: FieldIssue[];
  extra?: Record<string, unknown>;
}

/** An RFC 9457 problem document response. */
export function problemResponse(problem: ProblemInput): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    body: JSON.stringify({
      type: `urn:casefile:problem:${problem.code}`,
      title: TITLE_OF[problem.status] ?? 'Error',
      status: problem.status,
      detail: problem.detail,
      ...(problem.instance ? { instance: problem.instance } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.extra,
    }),
  };
}

/** The problem document of a domain error; `details` defaults to the error's own (the edge passes them with request paths). */
export function domainErrorResponse(error: DomainError, requestId: string, details: DomainError['details'] = error.details): APIGatewayProxyStructuredResultV2 {
  const response = problemResponse({
    status: STATUS_OF[error.outcome],
    code: details.code ?? error.outcome,
    detail: error.message,
    instance: requestId,
    ...(details.issues ? { errors: details.issues } : {}),
    ...(details.extra ? { extra: details.extra } : {}),
  });
  const retryAfter = details.extra?.retryAfterSeconds;
  if (error.outcome === 'too_many_requests' && typeof retryAfter === 'number') response.headers = { ...response.headers, 'retry-after': String(retryAfter) };
  return response;
}
