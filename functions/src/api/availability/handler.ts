import { createApiHandler } from '../../http/createApiHandler';
import { explainAvailability } from '../../usecases/availability/explainAvailability';
import { findTime } from '../../usecases/availability/findTime';
import { availabilityRoutes } from './routes';

/** Find time (SPEC C6) and explain (C7). */
export const handler = createApiHandler(availabilityRoutes, {
  findTime: (input) => findTime(input, input.query),
  explainAvailability: (input) => explainAvailability(input, input.query),
});
