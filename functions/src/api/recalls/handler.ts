import { createApiHandler } from '../../http/createApiHandler';
import { dismissRecall, listRecalls } from '../../usecases/recalls/recallList';
import { getRecallRules, putRecallRules } from '../../usecases/recalls/recallRules';
import { recallsRoutes } from './routes';

/** Recalls and their rules (issue 18 item 2). */
export const handler = createApiHandler(recallsRoutes, {
  listRecalls: async (input) => ({ items: await listRecalls(input, input.query) }),
  dismissRecall: (input) => dismissRecall(input, input.params.id),
  getRecallRules: (input) => getRecallRules(input),
  putRecallRules: (input) => putRecallRules(input, input.body),
});
