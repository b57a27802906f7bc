/** The team routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  createMemberSchema,
  idParamsSchema,
  memberSchema,
  pageOf,
  pageQuerySchema,
  updateMemberSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const teamRoutes = defineRoutes('team', {
  listMembers: { method: 'GET', path: '/api/members', auth: 'staff', action: 'team:read', summary: 'Team members.', query: pageQuerySchema, response: pageOf(memberSchema, 'MemberPage') },
  createMember: { method: 'POST', path: '/api/members', auth: 'staff', action: 'team:manage', summary: 'Add a team member with a role.', body: createMemberSchema, response: memberSchema, status: 201 },
  getMember: { method: 'GET', path: '/api/members/{id}', auth: 'staff', action: 'team:read', summary: 'One team member.', params: idParamsSchema, response: memberSchema },
  updateMember: { method: 'PATCH', path: '/api/members/{id}', auth: 'staff', action: 'team:manage', summary: 'Change a team member, their role or preferences.', params: idParamsSchema, body: updateMemberSchema, response: memberSchema },
});
