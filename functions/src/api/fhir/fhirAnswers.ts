/**
 * FHIR answers at the edge: the area's pipeline answers JSON and problem documents like every other
 * area; here JSON becomes `application/fhir+json` and a problem document the OperationOutcome that
 * carries the same code, message and field paths (`problemOutcome`).
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { type FhirResource, problemOutcome, searchBundle } from '@casefile/core';

export const FHIR_JSON = 'application/fhir+json';

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export function withFhirAnswers(handler: Handler): Handler {
  return async (event, context) => {
    const response = await handler(event, context);
    const contentType = response.headers?.['content-type'];
    if (contentType === 'application/problem+json') {
      const outcome = problemOutcome(JSON.parse(response.body ?? '{}'));
      return { ...response, headers: { ...response.headers, 'content-type': FHIR_JSON }, body: JSON.stringify(outcome) };
    }
    if (contentType === 'application/json') return { ...response, headers: { ...response.headers, 'content-type': FHIR_JSON } };
    return response;
  };
}

/** The FHIR base address of this request (`https://<host>/api/fhir`), which full URLs and `link self` start from. */
export function fhirBaseUrl(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  const protocol = event.headers?.['x-forwarded-proto'] ?? 'https';
  return `${protocol}://${event.requestContext.domainName}/api/fhir`;
}

/** This request's own address (a POST _search's body is not repeated in it). */
export function fhirSelfUrl(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  return `${fhirBaseUrl(event)}${event.rawPath.slice('/api/fhir'.length)}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
}

/** A searchset Bundle of the matches, with `total` and `link self`. */
export function searchset(event: APIGatewayProxyEventV2WithJWTAuthorizer, resources: readonly FhirResource[]) {
  return searchBundle(fhirBaseUrl(event), fhirSelfUrl(event), resources);
}
