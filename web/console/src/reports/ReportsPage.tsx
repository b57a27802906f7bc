/** Reports (R1-R4): a report, a period and a grouping; a chart and the table, the previous period beside it, and the CSV. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Checkbox, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { QueryState } from '../ui/QueryState';
import { REPORT_NAMES, REPORTS, type ReportName } from './reportDefinitions';
import { defaultPeriod, previousPeriod } from './reportPeriod';
import { downloadCsv, fetchReport, type NearExhaustionCase, type ReportRow } from './reportQueries';

const COLOURS = ['blue.6', 'red.6', 'teal.6'];

export default function ReportsPage({ report }: { report: ReportName }) {
  const definition = REPORTS[report];
  const [period, setPeriod] = useState(defaultPeriod);
  const [groupBy, setGroupBy] = useState<string>(definition.groups[0]);
  const [compare, setCompare] = useState(false);
  const group = (definition.groups as readonly string[]).includes(groupBy) ? groupBy : definition.groups[0];
  const query = { ...period, groupBy: group };
  const previous = previousPeriod(period);
  const current = useQuery({ queryKey: ['report', report, query], queryFn: () => fetchReport(report, query) });
  const before = useQuery({ queryKey: ['report', report, { ...previous, groupBy: 'total' }], queryFn: () => fetchReport(report, { ...previous, groupBy: 'total' }), enabled: compare });
  const now = useQuery({ queryKey: ['report', report, { ...period, groupBy: 'total' }], queryFn: () => fetchReport(report, { ...period, groupBy: 'total' }), enabled: compare });
  const rows = current.data?.rows ?? [];
  const columns = rows[0] ? Object.keys(rows[0]) : [];

  return (
    <Stack className="page" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">Reports · {definition.label}</Title>
        <SegmentedControl value={report} onChange={(value) => navigate(`/reports/${value}`)} data={REPORT_NAMES.map((name) => ({ value: name, label: REPORTS[name].label }))} aria-label="Report" />
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="From" type="date" value={period.from} onChange={(event) => event.currentTarget.value && setPeriod({ ...period, from: event.currentTarget.value })} />
        <TextInput label="To" type="date" value={period.to} onChange={(event) => event.currentTarget.value && setPeriod({ ...period, to: event.currentTarget.value })} />
        <Select label="Group by" value={group} onChange={(value) => value && setGroupBy(value)} data={[...definition.groups]} allowDeselect={false} w={140} />
        <Checkbox label="Compare with the previous period" checked={compare} onChange={(event) => setCompare(event.currentTarget.checked)} />
        <Button variant="light" onClick={() => void downloadCsv(report, query)}>Download CSV</Button>
      </Group>
      {compare && now.data && before.data && (
        <Group gap="lg" data-testid="report-comparison">
          {definition.series.map((figure) => (
            <Text key={figure} size="sm">
              {figure}: {String(now.data.rows[0]?.[figure] ?? 0)} (previous {previous.from} to {previous.to}: {String(before.data.rows[0]?.[figure] ?? 0)})
            </Text>
          ))}
        </Group>
      )}
      {!current.data ? <QueryState query={current} label="the report" /> : (
        <>
          <BarChart
            h={280}
            data={rows.map((row: ReportRow) => ({ ...row, group: row.group || '(none)' }))}
            dataKey="group"
            series={definition.series.map((name, index) => ({ name, color: COLOURS[index] ?? 'gray.6' }))}
            aria-label={`${definition.label} chart`}
            data-testid="report-chart"
          />
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={`${definition.label} by ${group}`} data-testid="report-table">
              <Table.Thead><Table.Tr>{columns.map((column) => <Table.Th key={column}>{column}</Table.Th>)}</Table.Tr></Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && <Table.Tr><Table.Td colSpan={Math.max(1, columns.length)}>Nothing in this period.</Table.Td></Table.Tr>}
                {rows.map((row) => <Table.Tr key={row.group}>{columns.map((column) => <Table.Td key={column}>{row[column] === null ? '' : String(row[column])}</Table.Td>)}</Table.Tr>)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {current.data.nearExhaustion && <NearExhaustion cases={current.data.nearExhaustion} />}
          <Text size="xs" c="dimmed">Local days in {current.data.timeZone}{current.data.scope === 'own' ? ' · your own figures' : ''}. Money in minor units; the definitions are in the API description.</Text>
        </>
      )}
    </Stack>
  );
}

/** The cases report's list of cases whose authorized visits are nearly used up, each a link to its case. */
function NearExhaustion({ cases }: { cases: NearExhaustionCase[] }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">Authorizations near exhaustion</Title>
      <Table aria-label="Authorizations near exhaustion" data-testid="near-exhaustion">
        <Table.Thead><Table.Tr><Table.Th>Case</Table.Th><Table.Th>Payer kind</Table.Th><Table.Th>Used / authorized</Table.Th><Table.Th>Remaining</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {cases.length === 0 && <Table.Tr><Table.Td colSpan={4}>None.</Table.Td></Table.Tr>}
          {cases.map((entry) => (
            <Table.Tr key={`${entry.caseId}-${entry.payerKind}`}>
              <Table.Td><Anchor component={Link} href={`/cases/${entry.caseId}`}>{entry.caseLabel || entry.caseId}</Anchor></Table.Td>
              <Table.Td>{entry.payerKind}</Table.Td>
              <Table.Td>{entry.usedVisits} / {entry.authorizedVisits}</Table.Td>
              <Table.Td>{entry.remainingVisits}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
