/**
 * A valid request for every route of the route table, built from one clinic's ids. Tests generated
 * from the route table use it; a route without a sample here fails those tests, so new routes are
 * covered as soon as they are added.
 */
import type { RouteDefinition } from '../../functions/src/routes';
import type { ClinicFixture } from './world';

export interface SampleRequest {
  path: string;
  body?: unknown;
}

type Ids = ClinicFixture['ids'];

const PATH_IDS: Readonly<Record<string, keyof Ids>> = {
  '/api/clients/{id}': 'clientId',
  '/api/clients/{id}/cases': 'clientId',
  '/api/cases/{id}': 'caseId',
  '/api/locations/{id}': 'locationId',
  '/api/disciplines/{id}': 'disciplineId',
  '/api/members/{id}': 'memberId',
};

let unique = 0;

const BODIES: Readonly<Record<string, (ids: Ids) => unknown>> = {
  updateClinic: () => ({ phone: '+1 416 555 0199' }),
  createLocation: () => ({ name: `Satellite ${++unique}`, timeZone: 'America/Halifax' }),
  updateLocation: () => ({ phone: '+1 416 555 0188' }),
  createDiscipline: () => ({ name: `Kinesiology ${++unique}` }),
  updateDiscipline: () => ({ colour: '#123456' }),
  createMember: () => ({ firstName: 'Sam', lastName: 'Sample', email: `sam${++unique}.${Date.now()}@sample.test`, role: 'front_desk' }),
  updateMember: () => ({ title: 'Owner and lead clinician' }),
  createClient: () => ({ firstName: 'Robin', lastName: `Sample${++unique}` }),
  updateClient: () => ({ preferredName: 'Rob' }),
  createCase: () => ({ caseType: 'private', intakeDate: '2026-11-01' }),
  updateCase: () => ({ title: 'Updated by a test' }),
};

const QUERIES: Readonly<Record<string, (ids: Ids) => string>> = {
  getAuditTrail: (ids) => `?entityType=client&entityId=${ids.clientId}`,
  searchClients: () => '?name=s',
};

export function hasPathId(route: RouteDefinition): boolean {
  return route.path.includes('{');
}

export function sampleRequest(route: RouteDefinition, ids: Ids): SampleRequest {
  let path: string = route.path;
  if (hasPathId(route)) {
    const idName = PATH_IDS[route.path];
    if (!idName) throw new Error(`No sample id for ${route.path}: add it to test/support/sampleRequests.ts.`);
    path = path.replace('{id}', ids[idName]);
  }
  const query = QUERIES[route.operationId]?.(ids) ?? '';
  if (!route.body) return { path: path + query };
  const body = BODIES[route.operationId];
  if (!body) throw new Error(`No sample body for ${route.operationId}: add it to test/support/sampleRequests.ts.`);
  return { path: path + query, body: body(ids) };
}
