import { createApiHandler } from '../../http/createApiHandler';
import { listCaseMessages, postCaseMessage } from '../../usecases/tasks/caseMessages';
import { commentOnTask, createTask, listTasks, myTaskCounts, updateTask } from '../../usecases/tasks/staffTasks';
import { tasksRoutes } from './routes';

/** Tasks and internal case messages (SPEC K7). */
export const handler = createApiHandler(tasksRoutes, {
  listTasks: async (input) => ({ items: await listTasks(input, input.query) }),
  countMyTasks: (input) => myTaskCounts(input),
  createTask: (input) => createTask(input, input.body),
  updateTask: (input) => updateTask(input, input.params.id, input.body),
  commentOnTask: (input) => commentOnTask(input, input.params.id, input.body.text),
  listCaseMessages: async (input) => ({ items: await listCaseMessages(input, input.params.id) }),
  postCaseMessage: (input) => postCaseMessage(input, input.params.id, input.body),
});
