import { createApiHandler } from '../../http/createApiHandler';
import { caseCommunications } from '../../usecases/communications/caseCommunications';
import { recordCommunication } from '../../usecases/communications/recordCommunication';
import { communicationsRoutes } from './routes';

/** The communication log of a case. */
export const handler = createApiHandler(communicationsRoutes, {
  listCaseCommunications: (input) => caseCommunications(input, input.params.id),
  recordCaseCommunication: (input) => recordCommunication(input, input.params.id, input.body),
});
