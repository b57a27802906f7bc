/**
 * The route table: the single source of every HTTP route. The CDK stack builds API Gateway routes and
 * Lambda integrations from it, the local gateway dispatches from it, and the OpenAPI document lists it.
 * Each area declares its routes in `functions/src/api/<fn>/routes.ts`; `api/<fn>/handler.ts` is its Lambda.
 */
import { platformRoutes } from './api/platform/routes';
import { settingsRoutes } from './api/settings/routes';
import { teamRoutes } from './api/team/routes';
import { clientsRoutes } from './api/clients/routes';
import { calendarsRoutes } from './api/calendars/routes';
import { availabilityRoutes } from './api/availability/routes';
import { appointmentsRoutes } from './api/appointments/routes';
import { publicRoutes } from './api/public/routes';
import { notificationsRoutes } from './api/notifications/routes';
import { billingRoutes } from './api/billing/routes';
import { auditRoutes } from './api/audit/routes';
import { notesRoutes } from './api/notes/routes';
import { waitlistRoutes } from './api/waitlist/routes';
import { tasksRoutes } from './api/tasks/routes';
import { recallsRoutes } from './api/recalls/routes';
import { reportsRoutes } from './api/reports/routes';
import { filesRoutes } from './api/files/routes';
import { communicationsRoutes } from './api/communications/routes';
import { formsRoutes } from './api/forms/routes';
import { webhooksRoutes } from './api/webhooks/routes';
import { importsRoutes } from './api/imports/routes';
import { exportsRoutes } from './api/exports/routes';
import { feedsRoutes } from './api/feeds/routes';
import { fhirRoutes } from './api/fhir/routes';
import type { RouteDefinition, RouteTable } from './http/route';

export { API_FUNCTIONS, routeKey } from './http/route';
export type { ApiFunctionName, HttpMethod, PublicRoute, RouteDefinition, StaffRoute } from './http/route';
export { healthSchema } from './api/platform/routes';

// The order is the OpenAPI document's order (and so the generated console types').
const AREA_TABLES: readonly RouteTable[] = [
  platformRoutes,
  settingsRoutes,
  teamRoutes,
  clientsRoutes,
  calendarsRoutes,
  availabilityRoutes,
  appointmentsRoutes,
  publicRoutes,
  notificationsRoutes,
  billingRoutes,
  auditRoutes,
  notesRoutes,
  waitlistRoutes,
  tasksRoutes,
  reportsRoutes,
  filesRoutes,
  communicationsRoutes,
  formsRoutes,
  webhooksRoutes,
  importsRoutes,
  exportsRoutes,
  feedsRoutes,
  fhirRoutes,
  recallsRoutes,
];

export const ROUTES: readonly RouteDefinition[] = AREA_TABLES.flatMap((table) => Object.values(table));
