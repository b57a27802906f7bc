import { createApiHandler } from '../../http/createApiHandler';
import { createMember } from '../../usecases/team/createMember';
import { updateMember } from '../../usecases/team/updateMember';
import { teamRoutes } from './routes';

/** Team members and their roles. */
export const handler = createApiHandler(teamRoutes, {
  listMembers: ({ repos, query }) => repos.members.list(query),
  createMember: (input) => createMember(input, input.body),
  getMember: ({ repos, params }) => repos.members.get(params.id),
  updateMember: (input) => updateMember(input, input.params.id, input.body),
});
