import { createApiHandler } from '../../http/createApiHandler';
import { listCaseMessages, postCaseMessage } from '../../usecases/tasks/caseMessages';
import { commentOnTask, createTask, listTasks, myTaskCounts, updateTask } from '../../usecases/tasks/staffTasks';
import { dismissRecall, listRecalls } from '../../usecases/recalls/recallList';
import { getRecallRules, putRecallRules } from '../../usecases/recalls/recallRules';
import { recallsRoutes } from '../recalls/routes';
import { tasksRoutes } from './routes';

/** Tasks and internal case messages (SPEC K7), and recalls (issue 18 item 2). */
export const handler = createApiHandler({ ...tasksRoutes, ...recallsRoutes }, {
  listTasks: async (input) => ({ items: await listTasks(input, input.query) }),
  countMyTasks: (input) => myTaskCounts(input),
  createTask: (input) => createTask(input, input.body),
  updateTask: (input) => updateTask(input, input.params.id, input.body),
  commentOnTask: (input) => commentOnTask(input, input.params.id, input.body.text),
  listCaseMessages: async (input) => ({ items: await listCaseMessages(input, input.params.id) }),
  postCaseMessage: (input) => postCaseMessage(input, input.params.id, input.body),
  listRecalls: async (input) => ({ items: await listRecalls(input, input.query) }),
  dismissRecall: (input) => dismissRecall(input, input.params.id),
  getRecallRules: (input) => getRecallRules(input),
  putRecallRules: (input) => putRecallRules(input, input.body),
});
