/**
 * The route table: the single source of every HTTP route. The CDK stack builds API Gateway routes and
 * Lambda integrations from it, the local gateway dispatches from it, and the OpenAPI document lists it.
 * Each `fn` is one Lambda (one area): `functions/src/api/<fn>.ts` exports `handler`.
 */
import * as z from 'zod';
import { APPOINTMENT_ROUTES } from './appointmentRoutes';
import { MOVE_ROUTES } from './moveRoutes';
import { PUBLIC_ROUTES } from './publicRoutes';
import { SHIFT_ROUTES } from './shiftRoutes';
import { NOTIFICATION_ROUTES } from './notificationRoutes';
import { BILLING_ROUTES } from './billingRoutes';
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
  calendarSchema,
  createCalendarSchema,
  updateCalendarSchema,
  calendarListQuerySchema,
  sessionSchema,
  createSessionSchema,
  updateSessionSchema,
  timeBlockSchema,
  createTimeBlockSchema,
  updateTimeBlockSchema,
  timeBlockListQuerySchema,
  findTimeQuerySchema,
  findTimeResultSchema,
  explainQuerySchema,
  explanationSchema,
  updateCaseSchema,
  updateClientSchema,
  updateClinicSchema,
  updateDisciplineSchema,
  updateLocationSchema,
  updateMemberSchema,
} from '@casefile/core';

export const API_FUNCTIONS = ['platform', 'settings', 'team', 'clients', 'audit', 'calendars', 'availability', 'appointments', 'public', 'notifications', 'billing'] as const;
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
  status?: 200 | 201 | 202 | 204;
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

  { method: 'GET', path: '/api/calendars', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'listCalendars', summary: 'Calendars (provider, room, equipment) you may see; filter by location or kind.', query: calendarListQuerySchema, response: pageOf(calendarSchema, 'CalendarPage') },
  { method: 'POST', path: '/api/calendars', fn: 'calendars', auth: 'staff', action: 'calendars:manage', operationId: 'createCalendar', summary: 'Add a provider, room or equipment calendar.', body: createCalendarSchema, response: calendarSchema, status: 201 },
  { method: 'GET', path: '/api/calendars/{id}', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'getCalendar', summary: 'One calendar.', params: idParamsSchema, response: calendarSchema },
  { method: 'PATCH', path: '/api/calendars/{id}', fn: 'calendars', auth: 'staff', action: 'calendars:manage', operationId: 'updateCalendar', summary: 'Change a calendar: disciplines, grants, online booking, guardrails.', params: idParamsSchema, body: updateCalendarSchema, response: calendarSchema },
  { method: 'GET', path: '/api/sessions', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'listSessions', summary: 'Sessions (appointment types).', query: pageQuerySchema, response: pageOf(sessionSchema, 'SessionPage') },
  { method: 'POST', path: '/api/sessions', fn: 'calendars', auth: 'staff', action: 'sessions:manage', operationId: 'createSession', summary: 'Add a session (appointment type).', body: createSessionSchema, response: sessionSchema, status: 201 },
  { method: 'GET', path: '/api/sessions/{id}', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'getSession', summary: 'One session.', params: idParamsSchema, response: sessionSchema },
  { method: 'PATCH', path: '/api/sessions/{id}', fn: 'calendars', auth: 'staff', action: 'sessions:manage', operationId: 'updateSession', summary: 'Change a session.', params: idParamsSchema, body: updateSessionSchema, response: sessionSchema },
  { method: 'GET', path: '/api/time-blocks', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'listTimeBlocks', summary: 'Breaks, meetings and holidays on a calendar in a time range.', query: timeBlockListQuerySchema, response: pageOf(timeBlockSchema, 'TimeBlockPage') },
  { method: 'POST', path: '/api/time-blocks', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'createTimeBlock', summary: 'Place a break, meeting or holiday on a calendar.', body: createTimeBlockSchema, response: timeBlockSchema, status: 201 },
  { method: 'PATCH', path: '/api/time-blocks/{id}', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'updateTimeBlock', summary: 'Move or relabel a time block.', params: idParamsSchema, body: updateTimeBlockSchema, response: timeBlockSchema },
  { method: 'DELETE', path: '/api/time-blocks/{id}', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'deleteTimeBlock', summary: 'Remove a time block.', params: idParamsSchema, status: 204 },
  ...SHIFT_ROUTES,
  { method: 'GET', path: '/api/availability', fn: 'availability', auth: 'staff', action: 'availability:read', operationId: 'findTime', summary: 'The next openings for a session on the chosen calendars.', query: findTimeQuerySchema, response: findTimeResultSchema },
  { method: 'GET', path: '/api/availability/explain', fn: 'availability', auth: 'staff', action: 'availability:read', operationId: 'explainAvailability', summary: 'Why a session cannot start at an instant on a calendar, or that it can.', query: explainQuerySchema, response: explanationSchema },

  ...APPOINTMENT_ROUTES,
  ...MOVE_ROUTES,
  ...PUBLIC_ROUTES,
  ...NOTIFICATION_ROUTES,
  ...BILLING_ROUTES,

  { method: 'GET', path: '/api/audit', fn: 'audit', auth: 'staff', action: 'audit:read', operationId: 'getAuditTrail', summary: 'The audit trail of one entity, newest first.', query: auditQuerySchema, response: pageOf(auditEventSchema, 'AuditEventPage') },
];

export function routeKey(route: Pick<RouteDefinition, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
