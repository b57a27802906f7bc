/**
 * The recall routes (issue 18 item 2), as data: CDK, the local gateway and the OpenAPI document read
 * them without loading the handler. Served by the tasks function (the desk's follow-up work): the
 * stack is near CloudFormation's 500-resource limit, and a function of their own costs six.
 */
import { idParamsSchema, recallListSchema, recallQuerySchema, recallRulesSchema, recallRulesViewSchema, recallSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const recallsRoutes = defineRoutes('tasks', {
  listRecalls: { method: 'GET', path: '/api/recalls', auth: 'staff', action: 'recalls:work', summary: 'Recalls by status (upcoming, due, sent, satisfied), soonest due first; dismissed ones only when asked.', query: recallQuerySchema, response: recallListSchema },
  dismissRecall: { method: 'POST', path: '/api/recalls/{id}/dismiss', auth: 'staff', action: 'recalls:work', summary: 'Dismiss a recall: it sends nothing more and raises no task.', params: idParamsSchema, response: recallSchema },
  getRecallRules: { method: 'GET', path: '/api/recall-rules', auth: 'staff', action: 'recalls:work', summary: "The clinic's recall rules, and how far the background re-plan of their last save has come.", response: recallRulesViewSchema },
  putRecallRules: { method: 'PUT', path: '/api/recall-rules', auth: 'staff', action: 'recalls:manage', summary: "Replace the clinic's recall rules. Every case is then re-planned in the background: cases a rule now applies to join the recall list, recalls not sent yet are re-dated, and those of a rule turned off or removed are withdrawn. The answer's `replan` shows that work's progress.", body: recallRulesSchema, response: recallRulesViewSchema },
});
