/** The settings routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  accessSchema,
  clinicSchema,
  createDisciplineSchema,
  createLocationSchema,
  disciplineSchema,
  idParamsSchema,
  locationSchema,
  pageOf,
  pageQuerySchema,
  updateClinicSchema,
  updateDisciplineSchema,
  updateLocationSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const settingsRoutes = defineRoutes('settings', {
  getClinic: { method: 'GET', path: '/api/clinic', auth: 'staff', action: 'clinic:read', summary: "The caller's clinic and its settings.", response: clinicSchema },
  updateClinic: { method: 'PATCH', path: '/api/clinic', auth: 'staff', action: 'clinic:manage', summary: 'Change clinic settings.', body: updateClinicSchema, response: clinicSchema },
  listLocations: { method: 'GET', path: '/api/locations', auth: 'staff', action: 'clinic:read', summary: 'Locations of the clinic.', query: pageQuerySchema, response: pageOf(locationSchema, 'LocationPage') },
  createLocation: { method: 'POST', path: '/api/locations', auth: 'staff', action: 'clinic:manage', summary: 'Add a location.', body: createLocationSchema, response: locationSchema, status: 201 },
  getLocation: { method: 'GET', path: '/api/locations/{id}', auth: 'staff', action: 'clinic:read', summary: 'One location.', params: idParamsSchema, response: locationSchema },
  updateLocation: { method: 'PATCH', path: '/api/locations/{id}', auth: 'staff', action: 'clinic:manage', summary: 'Change a location.', params: idParamsSchema, body: updateLocationSchema, response: locationSchema },
  listDisciplines: { method: 'GET', path: '/api/disciplines', auth: 'staff', action: 'clinic:read', summary: 'Disciplines of the clinic.', query: pageQuerySchema, response: pageOf(disciplineSchema, 'DisciplinePage') },
  createDiscipline: { method: 'POST', path: '/api/disciplines', auth: 'staff', action: 'clinic:manage', summary: 'Add a discipline.', body: createDisciplineSchema, response: disciplineSchema, status: 201 },
  getDiscipline: { method: 'GET', path: '/api/disciplines/{id}', auth: 'staff', action: 'clinic:read', summary: 'One discipline.', params: idParamsSchema, response: disciplineSchema },
  updateDiscipline: { method: 'PATCH', path: '/api/disciplines/{id}', auth: 'staff', action: 'clinic:manage', summary: 'Change a discipline.', params: idParamsSchema, body: updateDisciplineSchema, response: disciplineSchema },
  getMyAccess: { method: 'GET', path: '/api/me/access', auth: 'staff', action: 'clinic:read', summary: "The caller's current role and the actions it allows (the console offers only those).", response: accessSchema },
});
