/** Internal messages on a case (SPEC K7): each @mentioned member gets a task pointing at the case, so it shows in "My tasks". */
import { deterministicUlid, type CreateCaseMessage } from '@casefile/core';
import type { StoredCaseMessage } from '@casefile/db';
import type { StaffContext } from '../context';
import { requireReference } from '../references';

export async function postCaseMessage({ repos, caller }: StaffContext, caseId: string, input: CreateCaseMessage): Promise<StoredCaseMessage> {
  const caseFile = await repos.cases.get(caseId);
  const mentions = [...new Set(input.mentions)];
  await Promise.all(mentions.map((memberId, index) => requireReference(repos.members.get(memberId), `mentions.${index}`, 'member')));
  const message = await repos.tasks.addMessage({ caseId, authorId: caller.memberId, text: input.text, mentions });
  for (const memberId of mentions) {
    await repos.tasks.createOnce(
      deterministicUlid(message.messageId, 'mention', message.messageId, memberId),
      { title: `You were mentioned on case ${caseFile.caseLabel}`, description: input.text.slice(0, 500), caseId, clientId: caseFile.clientId, assignee: { kind: 'member', memberId }, priority: 'normal' },
      'mention',
    );
  }
  return message;
}

export async function listCaseMessages({ repos }: StaffContext, caseId: string): Promise<StoredCaseMessage[]> {
  await repos.cases.get(caseId);
  return repos.tasks.messagesOfCase(caseId);
}
