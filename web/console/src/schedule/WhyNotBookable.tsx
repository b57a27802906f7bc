/** "Why can't I book here?" (C7): asks the availability engine about one calendar, session and start. */
import { Alert, Button, List, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { explanationSummary } from './explanation';

export function WhyNotBookable({ calendarId, sessionId, start }: { calendarId: string; sessionId: string | undefined; start: string | undefined }) {
  const explain = useMutation({
    mutationFn: () => unwrap(api.GET('/api/availability/explain', { params: { query: { calendarId, sessionId: sessionId!, at: start!, mode: 'online' } } })),
  });
  const summary = explain.data && explanationSummary(explain.data);
  return (
    <Stack gap={4}>
      <Button size="compact-sm" variant="subtle" disabled={!sessionId || !start || !calendarId} loading={explain.isPending} onClick={() => explain.mutate()} style={{ alignSelf: 'flex-start' }}>
        Why can't I book here?
      </Button>
      {explain.isError && <Alert color="red" p="xs" role="alert">{errorText(explain.error)}</Alert>}
      {summary && (
        <Alert color={summary.tone} p="xs" role="status" data-testid="explanation" title={summary.headline}>
          {summary.reasons.length > 0 && <List size="sm">{summary.reasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)}</List>}
        </Alert>
      )}
    </Stack>
  );
}
