/**
 * The clinic's recall rules: each an interval from the last visit or the intake, for one session, one
 * case type, both or every case, sent by mail and/or text. Saving re-plans every case in the background.
 */
import { Button, Checkbox, Group, NativeSelect, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSessions } from '../api/queries';
import { useRecallChanges, useRecallRules } from './recallQueries';
import { ANY, CASE_TYPE_CHOICES, channelsOf, describeReplan, describeScope, type RecallRule as Rule, sendsNothing, sessionOptions, withChannel, withScope } from './recallRuleView';

const UNITS = [{ value: 'days', label: 'days' }, { value: 'weeks', label: 'weeks' }, { value: 'months', label: 'months' }, { value: 'years', label: 'years' }];
const ANCHORS = [{ value: 'last_visit', label: 'after the last visit' }, { value: 'case_start', label: 'after the intake (yearly)' }];

export function RecallRulesEditor() {
  const rules = useRecallRules();
  const { saveRules } = useRecallChanges();
  const sessions = useSessions().data?.items ?? [];
  const [draft, setDraft] = useState<Rule[] | undefined>(undefined);
  const shown = draft ?? rules.data?.rules ?? [];
  const replace = (index: number, next: Rule) => setDraft(shown.map((rule, at) => (at === index ? next : rule)));
  const change = (index: number, patch: Partial<Rule>) => replace(index, { ...shown[index]!, ...patch });
  const add = () => setDraft([...shown, { ruleId: `rule-${shown.length + 1}`, name: 'Recall', enabled: true, interval: { count: 6, unit: 'weeks' }, anchor: 'last_visit', channels: { email: true, sms: true }, noResponseDays: 14 }]);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">Recall rules</Title>
      <Table.ScrollContainer minWidth={960}>
        <Table aria-label="Recall rules">
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Applies to</Table.Th><Table.Th>When</Table.Th><Table.Th>Send by</Table.Th><Table.Th>Task after (days)</Table.Th><Table.Th>On</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {shown.map((rule, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <TextInput aria-label="Rule name" value={rule.name} onChange={(event) => change(index, { name: event.currentTarget.value })} />
                  <Text size="xs" c="dimmed">{describeScope(rule, sessions)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} w={220}>
                    <NativeSelect aria-label="Session" data={sessionOptions(sessions)} value={rule.sessionId ?? ANY} onChange={(event) => replace(index, withScope(rule, 'sessionId', event.currentTarget.value))} />
                    <NativeSelect aria-label="Case type" data={CASE_TYPE_CHOICES} value={rule.caseType ?? ANY} onChange={(event) => replace(index, withScope(rule, 'caseType', event.currentTarget.value))} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} w={200}>
                    <Group gap={4} wrap="nowrap">
                      <NumberInput aria-label="Interval" min={1} w={86} value={rule.interval.count} onChange={(value) => change(index, { interval: { ...rule.interval, count: Number(value) || 1 } })} />
                      <Select aria-label="Unit" data={UNITS} w={110} value={rule.interval.unit} onChange={(value) => value && change(index, { interval: { ...rule.interval, unit: value as Rule['interval']['unit'] } })} />
                    </Group>
                    <Select aria-label="Counted from" data={ANCHORS} value={rule.anchor} onChange={(value) => value && change(index, { anchor: value as Rule['anchor'] })} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Checkbox label="Email" aria-label="Send by email" checked={channelsOf(rule).email} onChange={(event) => replace(index, withChannel(rule, 'email', event.currentTarget.checked))} />
                    <Checkbox label="SMS" aria-label="Send by SMS" checked={channelsOf(rule).sms} onChange={(event) => replace(index, withChannel(rule, 'sms', event.currentTarget.checked))} />
                  </Group>
                  {sendsNothing(rule) && <Text size="xs" c="orange">Listed only: no message is sent.</Text>}
                </Table.Td>
                <Table.Td><NumberInput aria-label="Task after days" min={1} max={90} w={90} value={rule.noResponseDays} onChange={(value) => change(index, { noResponseDays: Number(value) || 1 })} /></Table.Td>
                <Table.Td><Checkbox aria-label="Rule enabled" checked={rule.enabled} onChange={(event) => change(index, { enabled: event.currentTarget.checked })} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="sm">
        <Button variant="default" onClick={add}>Add rule</Button>
        <Button disabled={!draft} loading={saveRules.isPending} onClick={() => draft && saveRules.mutate({ rules: draft }, { onSuccess: () => setDraft(undefined) })}>Save rules</Button>
      </Group>
      <Text size="sm" c="dimmed">Saving puts every case a rule now applies to on the list, re-dates recalls not sent yet, and withdraws those of a rule turned off.</Text>
      {rules.data?.replan && <Text size="sm" aria-label="Re-plan progress">{describeReplan(rules.data.replan)}</Text>}
    </Stack>
  );
}
