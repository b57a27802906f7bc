import { DomainError, isRole, type Role } from '@casefile/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

export interface CallerIdentity {
  memberId: string;
  clinicId: string;
  role: Role;
}

/**
 * The caller as the JWT authorizer verified them. Clinic and role come from these claims only,
 * never from the path, query or body.
 */
export function readCallerIdentity(event: APIGatewayProxyEventV2WithJWTAuthorizer): CallerIdentity {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  // Cognito's `sub` is its own user id; the member id travels as a custom attribute.
  const memberId = claims['custom:memberId'] ?? claims.sub;
  const clinicId = claims['custom:clinicId'];
  const role = claims['custom:role'];
  if (typeof memberId !== 'string' || typeof clinicId !== 'string' || !clinicId) {
    throw new DomainError('unauthorized', 'Sign in to use this API.', { code: 'unauthorized' });
  }
  if (!isRole(role)) {
    throw new DomainError('forbidden', 'Your account has no role in this clinic.', { code: 'forbidden' });
  }
  return { memberId, clinicId, role };
}
