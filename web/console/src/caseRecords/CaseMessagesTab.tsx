/** The team's internal thread on a case, oldest first; an @mention of a member gives them a task. */
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../api/apiError';
import { api, unwrap } from '../api/client';
import { displayInstant } from '../lib/zonedTime';
import { useMembers } from '../tasks/taskQueries';
import { mentionedMembers } from '../tasks/taskView';

export function CaseMessagesTab({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const queryClient = useQueryClient();
  const thread = useQuery({ queryKey: ['case-messages', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/messages', { params: { path: { id: caseId } } })) });
  const members = useMembers().data?.items ?? [];
  const [text, setText] = useState('');
  const mentions = mentionedMembers(text, members);
  const post = useMutation({
    mutationFn: () => unwrap(api.POST('/api/cases/{id}/messages', { params: { path: { id: caseId } }, body: { text, mentions } })),
    onSuccess: async () => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: ['case-messages', caseId] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const nameOf = (memberId: string) => {
    const member = members.find((candidate) => candidate.memberId === memberId);
    return member ? `${member.firstName} ${member.lastName}` : 'a former member';
  };
  return (
    <Stack gap="sm">
      <Stack gap={4} component="ul" className="plain-list" aria-label="Case messages">
        {thread.data?.items.length === 0 && <Text size="sm">No messages yet.</Text>}
        {thread.data?.items.map((message) => (
          <Text component="li" size="sm" key={message.messageId}>
            <Text span c="dimmed">{displayInstant(message.createdAt, timeZone)} · {nameOf(message.authorId)}:</Text> {message.text}
          </Text>
        ))}
      </Stack>
      <Textarea label="Message to the team" description="Type @First or @First.Last to give a member a task about it." value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={2} />
      <Group gap="xs">
        <Button onClick={() => post.mutate()} disabled={!text.trim()} loading={post.isPending}>Post</Button>
        {mentions.length > 0 && <Text size="sm" c="dimmed">Mentions: {mentions.map(nameOf).join(', ')}</Text>}
        {post.error && <Text size="sm" c="red" role="alert">{errorText(post.error)}</Text>}
      </Group>
    </Stack>
  );
}
