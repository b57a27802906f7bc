import type { CreateTimeBlock, TimeBlockListQuery, UpdateTimeBlock } from '@casefile/core';
import type { Operation, OperationInput } from '../../http/createApiHandler';
import { requireReference } from '../../http/references';
import { visibleCalendar } from './calendarOperations';

type Id = { id: string };

export const timeBlockOperations: Readonly<Record<string, Operation>> = {
  listTimeBlocks: async ({ repos, caller, query }: OperationInput<unknown, TimeBlockListQuery>) => {
    await visibleCalendar(repos, caller, query.calendarId);
    return repos.timeBlocks.overlapping(query.calendarId, query.from, query.to, { limit: query.limit, cursor: query.cursor });
  },
  createTimeBlock: async ({ repos, caller, body }: OperationInput<unknown, unknown, CreateTimeBlock>) => {
    await requireReference(visibleCalendar(repos, caller, body.calendarId), 'body.calendarId', 'calendar');
    return repos.timeBlocks.create(body);
  },
  updateTimeBlock: async ({ repos, caller, params, body }: OperationInput<Id, unknown, UpdateTimeBlock>) => {
    const block = await repos.timeBlocks.get(params.id);
    await visibleCalendar(repos, caller, block.calendarId);
    return repos.timeBlocks.update(params.id, body);
  },
  deleteTimeBlock: async ({ repos, caller, params }: OperationInput<Id>) => {
    const block = await repos.timeBlocks.get(params.id);
    await visibleCalendar(repos, caller, block.calendarId);
    await repos.timeBlocks.remove(params.id);
    return undefined;
  },
};
