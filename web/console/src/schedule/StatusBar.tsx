/** Counts per status and the total for the shown day; each count toggles whether its appointments show. */
import { Chip, Group, Text } from '@mantine/core';
import type { AppointmentStatus } from '../api/queries';
import { STATUS_COLOR, STATUS_LABEL, STATUS_ORDER } from './statuses';

interface StatusBarProps {
  counts: Record<string, number>;
  total: number;
  visible: ReadonlySet<AppointmentStatus>;
  onToggle(status: AppointmentStatus): void;
}

export function StatusBar({ counts, total, visible, onToggle }: StatusBarProps) {
  return (
    <Group className="status-bar" gap={6} px="sm" py={6} wrap="wrap" role="group" aria-label="Appointments by status (toggle to show or hide)">
      {STATUS_ORDER.map((status) => (
        <Chip key={status} size="xs" color={STATUS_COLOR[status]} checked={visible.has(status)} onChange={() => onToggle(status)} data-status={status}>
          {STATUS_LABEL[status]} <span className="count">{counts[status] ?? 0}</span>
        </Chip>
      ))}
      <Text size="sm" fw={600} ml="auto" data-testid="status-total">Total {total}</Text>
    </Group>
  );
}
