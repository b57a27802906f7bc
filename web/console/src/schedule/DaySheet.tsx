/** The day sheet: the day's visits per calendar as a plain table, ready for the printer. */
import { Button, Group, Text, Title } from '@mantine/core';
import type { DayView } from '../api/queries';
import { displayDate, displayTime } from '../lib/zonedTime';
import { daySheetRows } from './daySheet';
import { STATUS_LABEL } from './statuses';

export function DaySheet({ view, locationName }: { view: DayView; locationName: string }) {
  const groups = daySheetRows(view);
  return (
    <div className="day-sheet" style={{ padding: 12, overflowY: 'auto', flex: 1 }} data-testid="day-sheet">
      <Group justify="space-between" className="day-sheet-actions" mb="xs">
        <Text size="sm" c="dimmed">Canceled visits are left out.</Text>
        <Button size="xs" variant="light" onClick={() => window.print()}>Print</Button>
      </Group>
      <Title order={2} size="h4">{locationName}: {displayDate(view.date)}</Title>
      {groups.length === 0 && <Text size="sm">No visits on this day.</Text>}
      {groups.map((group) => (
        <section key={group.calendarName}>
          <Title order={3} size="h5" mt="sm">{group.calendarName}</Title>
          <table aria-label={`Day sheet of ${group.calendarName}`}>
            <thead><tr><th>Time</th><th>Client</th><th>Case</th><th>Session</th><th>Status</th></tr></thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={`${row.start}-${row.clientName}-${row.caseLabel}`}>
                  <td>{displayTime(row.start)}–{displayTime(row.end)}</td>
                  <td>{row.clientName}</td>
                  <td>{row.caseLabel}</td>
                  <td>{row.sessionName}</td>
                  <td>{STATUS_LABEL[row.status as keyof typeof STATUS_LABEL] ?? row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
