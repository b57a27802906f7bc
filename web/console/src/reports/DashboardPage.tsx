/** Today (R5): the day's visits by status, the week's no-shows, and (owners, managers) money, beside last week. */
import { Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { formatMoney } from '../billing/money';
import { QueryState } from '../ui/QueryState';

function Figure({ label, value, before }: { label: string; value: string | number; before?: string | number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
      {before !== undefined && <Text size="xs" c="dimmed">last week {before}</Text>}
    </Card>
  );
}

export default function DashboardPage() {
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const dashboard = useQuery({ queryKey: ['dashboard', date], queryFn: () => unwrap(api.GET('/api/dashboard', { params: { query: { date } } })) });
  const data = dashboard.data;
  return (
    <Stack className="page" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">Today · {date}</Title>
        <TextInput label="Day" type="date" value={date} onChange={(event) => event.currentTarget.value && setDate(event.currentTarget.value)} />
      </Group>
      {!data ? <QueryState query={dashboard} label="the dashboard" /> : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="dashboard-visits">
            <Figure label="Visits today" value={data.today.visits} before={data.sameDayLastWeek.visits} />
            <Figure label="Arrivals waiting" value={data.today.arrived} />
            <Figure label="Booked / confirmed" value={data.today.booked + data.today.confirmed} />
            <Figure label="No-shows this week" value={data.week.noShows} before={data.lastWeek.noShows} />
          </SimpleGrid>
          {data.money && (
            <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="dashboard-money">
              <Figure label="Charged today" value={formatMoney(data.money.chargedTodayMinor)} />
              <Figure label="Collected today" value={formatMoney(data.money.collectedTodayMinor)} before={formatMoney(data.money.collectedSameDayLastWeekMinor)} />
              <Figure label="Open balance" value={formatMoney(data.money.openBalanceMinor)} />
            </SimpleGrid>
          )}
          <Text size="xs" c="dimmed">Week {data.week.from} to {data.week.to}: {data.week.visits} visits, {data.week.cancellations} cancellations. Local days in {data.timeZone}.</Text>
        </>
      )}
    </Stack>
  );
}
