/**
 * The route table: the single source of every HTTP route. The CDK stack builds API Gateway routes and
 * Lambda integrations from it, the local gateway dispatches from it, and the OpenAPI document lists it.
 * Each `fn` is one Lambda (one area): `functions/src/api/<fn>.ts` exports `handler`.
 */
import { z } from 'zod';
import {
  type Action,
  auditEventSchema,
  auditQuerySchema,
  caseFileSchema,
  clientSchema,
  clientSearchQuerySchema,
  clientWithCasesSchema,
  clinicSchema,
  createCaseSchema,
  createClientSchema,
  createDisciplineSchema,
  createLocationSchema,
  createMemberSchema,
  disciplineSchema,
  idParamsSchema,
  locationSchema,
  memberSchema,
  pageOf,
  pageQuerySchema,
  updateCaseSchema,
  updateClientSchema,
  updateClinicSchema,
  updateDisciplineSchema,
  updateLocationSchema,
  updateMemberSchema,
} from '@casefile/core';

export const API_FUNCTIONS = ['platform', 'settings', 'team', 'clients', 'audit'] as const;
export type ApiFunctionName = (typeof API_FUNCTIONS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteBase {
  method: HttpMethod;
  /** API Gateway path, with `{name}` parameters, always under `/api/`. */
  path: `/api/${string}`;
  fn: ApiFunctionName;
  operationId: string;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  /** Success status; 200 unless stated. */
  status?: 200 | 201 | 204;
}

/** Staff routes sit behind the JWT authorizer and name the one permission they need. */
export interface StaffRoute extends RouteBase {
  auth: 'staff';
  action: Action;
}

/** Public routes have no authorizer (health, the API description, later the booking pages' API). */
export interface PublicRoute extends RouteBase {
  auth: 'public';
}

export type RouteDefinition = StaffRoute | PublicRoute;

export const healthSchema = z.object({ status: z.literal('ok'), time: z.string() }).meta({ id: 'Health' });

export const ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/health', fn: 'platform', auth: 'public', operationId: 'getHealth', summary: 'Liveness check.', response: healthSchema },
  { method: 'GET', path: '/api/openapi.json', fn: 'platform', auth: 'public', operationId: 'getOpenApi', summary: 'This API described as OpenAPI 3.1.' },

  { method: 'GET', path: '/api/clinic', fn: 'settings', auth: 'staff', action: 'clinic:read', operationId: 'getClinic', summary: "The caller's clinic and its settings.", response: clinicSchema },
  { method: 'PATCH', path: '/api/clinic', fn: 'settings', auth: 'staff', action: 'clinic:manage', operationId: 'updateClinic', summary: 'Change clinic settings.', body: updateClinicSchema, response: clinicSchema },
  { method: 'GET', path: '/api/locations', fn: 'settings', auth: 'staff', action: 'clinic:read', operationId: 'listLocations', summary: 'Locations of the clinic.', query: pageQuerySchema, response: pageOf(locationSchema, 'LocationPage') },
  { method: 'POST', path: '/api/locations', fn: 'settings', auth: 'staff', action: 'clinic:manage', operationId: 'createLocation', summary: 'Add a location.', body: createLocationSchema, response: locationSchema, status: 201 },
  { method: 'GET', path: '/api/locations/{id}', fn: 'settings', auth: 'staff', action: 'clinic:read', operationId: 'getLocation', summary: 'One location.', params: idParamsSchema, response: locationSchema },
  { method: 'PATCH', path: '/api/locations/{id}', fn: 'settings', auth: 'staff', action: 'clinic:manage', operationId: 'updateLocation', summary: 'Change a location.', params: idParamsSchema, body: updateLocationSchema, response: locationSchema },
  { method: 'GET', path: '/api/disciplines', fn: 'settings', auth: 'staff', action: 'clinic:read', operationId: 'listDisciplines', summary: 'Disciplines of the clinic.', query: pageQuerySchema, response: pageOf(disciplineSchema, 'DisciplinePage') },
  { method: 'POST', path: '/api/disciplines', fn: 'settings', auth: 'staff', action: 'clinic:manage', operationId: 'createDiscipline', summary: 'Add a discipline.', body: createDisciplineSchema, response: disciplineSchema, status: 201 },
  { method: 'GET', path: '/api/disciplines/{id}', fn: 'settings', auth: 'staff', action: 'clinic:read', operationId: 'getDiscipline', summary: 'One discipline.', params: idParamsSchema, response: disciplineSchema },
  { method: 'PATCH', path: '/api/disciplines/{id}', fn: 'settings', auth: 'staff', action: 'clinic:manage', operationId: 'updateDiscipline', summary: 'Change a discipline.', params: idParamsSchema, body: updateDisciplineSchema, response: disciplineSchema },

  { method: 'GET', path: '/api/members', fn: 'team', auth: 'staff', action: 'team:read', operationId: 'listMembers', summary: 'Team members.', query: pageQuerySchema, response: pageOf(memberSchema, 'MemberPage') },
  { method: 'POST', path: '/api/members', fn: 'team', auth: 'staff', action: 'team:manage', operationId: 'createMember', summary: 'Add a team member with a role.', body: createMemberSchema, response: memberSchema, status: 201 },
  { method: 'GET', path: '/api/members/{id}', fn: 'team', auth: 'staff', action: 'team:read', operationId: 'getMember', summary: 'One team member.', params: idParamsSchema, response: memberSchema },
  { method: 'PATCH', path: '/api/members/{id}', fn: 'team', auth: 'staff', action: 'team:manage', operationId: 'updateMember', summary: 'Change a team member, their role or preferences.', params: idParamsSchema, body: updateMemberSchema, response: memberSchema },

  { method: 'GET', path: '/api/clients', fn: 'clients', auth: 'staff', action: 'clients:read', operationId: 'searchClients', summary: 'Clients, or those matching a name prefix, an email or a phone.', query: clientSearchQuerySchema, response: pageOf(clientSchema, 'ClientPage') },
  { method: 'POST', path: '/api/clients', fn: 'clients', auth: 'staff', action: 'clients:write', operationId: 'createClient', summary: 'Register a client.', body: createClientSchema, response: clientSchema, status: 201 },
  { method: 'GET', path: '/api/clients/{id}', fn: 'clients', auth: 'staff', action: 'clients:read', operationId: 'getClient', summary: 'A client with all of its case files.', params: idParamsSchema, response: clientWithCasesSchema },
  { method: 'PATCH', path: '/api/clients/{id}', fn: 'clients', auth: 'staff', action: 'clients:write', operationId: 'updateClient', summary: "Change a client's details.", params: idParamsSchema, body: updateClientSchema, response: clientSchema },
  { method: 'POST', path: '/api/clients/{id}/cases', fn: 'clients', auth: 'staff', action: 'cases:write', operationId: 'createCase', summary: 'Open a case file for a client.', params: idParamsSchema, body: createCaseSchema, response: caseFileSchema, status: 201 },
  { method: 'GET', path: '/api/cases/{id}', fn: 'clients', auth: 'staff', action: 'cases:read', operationId: 'getCase', summary: 'One case file.', params: idParamsSchema, response: caseFileSchema },
  { method: 'PATCH', path: '/api/cases/{id}', fn: 'clients', auth: 'staff', action: 'cases:write', operationId: 'updateCase', summary: 'Change a case file, including its status.', params: idParamsSchema, body: updateCaseSchema, response: caseFileSchema },

  { method: 'GET', path: '/api/audit', fn: 'audit', auth: 'staff', action: 'audit:read', operationId: 'getAuditTrail', summary: 'The audit trail of one entity, newest first.', query: auditQuerySchema, response: pageOf(auditEventSchema, 'AuditEventPage') },
];

export function routeKey(route: Pick<RouteDefinition, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
