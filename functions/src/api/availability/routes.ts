/** The availability routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  explainQuerySchema,
  explanationSchema,
  findTimeQuerySchema,
  findTimeResultSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const availabilityRoutes = defineRoutes('availability', {
  findTime: { method: 'GET', path: '/api/availability', auth: 'staff', action: 'availability:read', summary: 'The next openings for a session on the chosen calendars.', query: findTimeQuerySchema, response: findTimeResultSchema },
  explainAvailability: { method: 'GET', path: '/api/availability/explain', auth: 'staff', action: 'availability:read', summary: 'Why a session cannot start at an instant on a calendar, or that it can.', query: explainQuerySchema, response: explanationSchema },
});
