/** The booking context of a case (A6): contacts, last and upcoming visits, no-shows and alerts. */
import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { formatMoney } from '../billing/money';
import { displayInstant } from '../lib/zonedTime';
import { STATUS_LABEL } from './statuses';

export function BookingContextCard({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const context = useQuery({
    queryKey: ['booking-context', caseId],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/booking-context', { params: { path: { id: caseId } } })),
  });
  if (context.isPending) return <Text size="sm" role="status">Loading the case…</Text>;
  if (context.isError) return <Alert color="red" role="alert">{errorText(context.error)}</Alert>;
  const { client, lastVisit, upcoming, history, alerts, billing } = context.data;
  return (
    <Stack gap={6} className="booking-context" aria-label="Booking context">
      {alerts.map((alert) => (
        <Alert key={alert.code + alert.text} color={alert.severity === 'critical' ? 'red' : alert.severity === 'warning' ? 'yellow' : 'blue'} p="xs">
          {alert.text}
        </Alert>
      ))}
      <Text size="sm">
        {client.name}
        {client.phone || client.mobilePhone ? ` · ${client.mobilePhone ?? client.phone}` : ''}
        {client.email ? ` · ${client.email}` : ''}
      </Text>
      <Group gap={6}>
        <Badge variant="light">Visits {history.visits}</Badge>
        <Badge variant="light" color={history.noShows > 0 ? 'orange' : 'gray'}>No-shows {history.noShows}</Badge>
        <Badge variant="light" color={history.lateCancellations > 0 ? 'orange' : 'gray'}>Late cancels {history.lateCancellations}</Badge>
      </Group>
      {billing && (
        <Group gap={6} data-testid="context-billing">
          <Badge variant="light" color={billing.outstandingMinor > 0 ? 'red' : 'green'}>Balance {formatMoney(billing.outstandingMinor, billing.currency)}</Badge>
          {billing.clientCreditMinor > 0 && <Badge variant="light" color="green">Credit {formatMoney(billing.clientCreditMinor, billing.currency)}</Badge>}
          <Badge variant="light" color={billing.authorizationStanding === 'ok' || billing.authorizationStanding === 'none' ? 'gray' : 'orange'}>
            {billing.remainingVisits === null ? 'No visit limit' : `${billing.remainingVisits} authorized visits left`}
          </Badge>
          {billing.payers.length > 0 && <Text size="xs">Payer: {billing.payers.map((payer) => payer.name).join(', ')}</Text>}
        </Group>
      )}
      <Text size="sm">Last visit: {lastVisit ? `${displayInstant(lastVisit.start, timeZone)}, ${lastVisit.sessionName} with ${lastVisit.calendarName}` : 'none yet'}</Text>
      {upcoming.length > 0 && (
        <div>
          <Text size="sm">Upcoming:</Text>
          <List size="sm">
            {upcoming.map((visit) => (
              <List.Item key={visit.appointmentId}>{displayInstant(visit.start, timeZone)}, {visit.sessionName} ({STATUS_LABEL[visit.status]})</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
