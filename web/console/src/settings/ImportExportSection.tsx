/**
 * Import and export (SPEC P6): upload a CSV of clients, cases or appointments, choose the preset (and
 * any column by hand), follow the dry run (a background job, like the import) to its row errors and
 * preview, start the import and follow it; and
 * download CSVs or a full clinic export.
 */
import { Alert, Button, FileInput, Group, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, currentToken, unwrap, type Schemas } from '../api/client';

const KINDS = [
  { value: 'clients', label: 'Clients' },
  { value: 'cases', label: 'Cases (with payers)' },
  { value: 'appointments', label: 'Appointments' },
];
const PRESETS = [
  { value: 'generic', label: 'Common spreadsheet column names' },
  { value: 'casefile', label: 'Casefile CSV export' },
];
const CSV_KINDS = ['clients', 'cases', 'appointments', 'invoices', 'payments', 'audit'] as const;

type Kind = Schemas['CreateImport']['kind'];

export function ImportExportSection() {
  return (
    <Stack gap="xl">
      <ImportPanel />
      <ExportPanel />
    </Stack>
  );
}

function ImportPanel() {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('clients');
  const [preset, setPreset] = useState<'generic' | 'casefile'>('generic');
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string>();
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The dry run and the import both run in the background: follow the job while either is under way.
  const job = useQuery({
    queryKey: ['import', importId],
    enabled: Boolean(importId),
    refetchInterval: (query) => (query.state.data?.status === 'checking' || query.state.data?.status === 'running' ? 1000 : false),
    queryFn: () => unwrap(api.GET('/api/imports/{id}', { params: { path: { id: importId! } } })),
  });
  const show = (next: Schemas['ImportJob']): void => {
    queryClient.setQueryData(['import', next.importId], next);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const askDryRun = async (id: string, mapping: Record<string, string>): Promise<void> =>
    show(await unwrap(api.POST('/api/imports/{id}/check', { params: { path: { id } }, body: { preset, ...(Object.keys(mapping).length > 0 ? { mapping } : {}) } })));

  const upload = () =>
    run(async () => {
      if (!file) return;
      const created = await unwrap(api.POST('/api/imports', { body: { kind, fileName: file.name, size: file.size } }));
      const put = await fetch(created.upload.url, { method: 'PUT', headers: created.upload.headers, body: file });
      if (!put.ok) throw new Error(`The upload failed (${put.status}).`);
      setOverrides({});
      show(created.import);
      setImportId(created.import.importId);
      await askDryRun(created.import.importId, {});
    });

  const start = () => run(async () => show(await unwrap(api.POST('/api/imports/{id}/start', { params: { path: { id: importId! } } }))));
  const current = job.data;
  const check = current?.status === 'checking' ? undefined : current?.check;

  return (
    <Stack gap="sm" aria-label="Import">
      <Title order={3}>Import from another system</Title>
      <Text size="sm" c="dimmed">Import clients first, then cases, then appointments: each refers to the ids of the one before. Running the same file again creates nothing twice.</Text>
      <Group align="end">
        <Select label="What the file holds" data={KINDS} value={kind} onChange={(value) => setKind((value ?? 'clients') as Kind)} allowDeselect={false} />
        <Select label="Column names" data={PRESETS} value={preset} onChange={(value) => setPreset((value ?? 'generic') as 'generic' | 'casefile')} allowDeselect={false} />
        <FileInput label="CSV file" accept=".csv,text/csv" value={file} onChange={setFile} placeholder="Choose a file" />
        <Button onClick={upload} loading={busy} disabled={!file}>Upload and check</Button>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {current?.status === 'checking' && (
        <Stack gap={4} aria-label="Dry run progress">
          <Progress value={current.totalRows && current.check ? (100 * current.check.checked) / current.totalRows : 0} aria-label="Rows checked" />
          <Text role="status">Checking: {current.check?.checked ?? 0} of {current.totalRows || '…'} rows.</Text>
        </Stack>
      )}
      {current && check && (
        <Stack gap="xs" aria-label="Dry run">
          <Title order={4}>Dry run</Title>
          <Text>{check.validRows} rows to create, {check.alreadyImported} already imported, {check.errorRows} with errors (of {current.totalRows}).</Text>
          {check.mappingProblems.map((problem) => <Alert key={problem.field} color="orange">{problem.field}: {problem.message}</Alert>)}
          <Title order={5}>Columns</Title>
          <Group>
            {Object.entries({ ...current.mapping, ...overrides }).map(([field, header]) => (
              <TextInput key={field} label={field} value={header} onChange={(event) => setOverrides({ ...overrides, [field]: event.currentTarget.value })} size="xs" />
            ))}
          </Group>
          <Group>
            <Button variant="light" onClick={() => run(() => askDryRun(current.importId, overrides))} loading={busy} disabled={current.status !== 'checked'}>Check again</Button>
            <Button onClick={start} loading={busy} disabled={current.status !== 'checked' || check.validRows === 0 || check.mappingProblems.length > 0}>Import {check.validRows} rows</Button>
          </Group>
          {check.errors.length > 0 && (
            <Table aria-label="Row errors">
              {check.errorCount > check.errors.length && <Table.Caption>The first {check.errors.length} of {check.errorCount} errors.</Table.Caption>}
              <Table.Thead><Table.Tr><Table.Th>Line</Table.Th><Table.Th>Column</Table.Th><Table.Th>Problem</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{check.errors.map((row) => <Table.Tr key={`${row.line}-${row.field}`}><Table.Td>{row.line}</Table.Td><Table.Td>{row.column || row.field}</Table.Td><Table.Td>{row.message}</Table.Td></Table.Tr>)}</Table.Tbody>
            </Table>
          )}
          {check.preview.length > 0 && (
            <Table aria-label="Preview">
              <Table.Thead><Table.Tr><Table.Th>Line</Table.Th><Table.Th>Will create</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{check.preview.map((row) => <Table.Tr key={row.line}><Table.Td>{row.line}</Table.Td><Table.Td>{Object.entries(row.values).filter(([, value]) => typeof value !== 'object').map(([key, value]) => `${key}: ${String(value)}`).join(' · ')}</Table.Td></Table.Tr>)}</Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {current && (current.status === 'running' || current.status === 'done') && (
        <Stack gap={4} aria-label="Import progress">
          <Progress value={current.totalRows ? (100 * current.processed) / current.totalRows : 0} aria-label="Rows imported" />
          <Text role="status">{current.status === 'done' ? 'Done' : 'Importing'}: {current.processed} of {current.totalRows} rows, {current.created} created, {current.existing} already there, {current.failed} refused.</Text>
        </Stack>
      )}
    </Stack>
  );
}

function ExportPanel() {
  const [exportId, setExportId] = useState<string>();
  const [error, setError] = useState<string>();
  const job = useQuery({
    queryKey: ['export', exportId],
    enabled: Boolean(exportId),
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : 2000),
    queryFn: () => unwrap(api.GET('/api/exports/{id}', { params: { path: { id: exportId! } } })),
  });

  const downloadCsv = async (kind: (typeof CSV_KINDS)[number]) => {
    setError(undefined);
    const response = await fetch(`/api/exports/csv?kind=${kind}`, { headers: { authorization: `Bearer ${currentToken() ?? ''}` } });
    if (!response.ok) return setError(`The ${kind} export failed (${response.status}).`);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${kind}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <Stack gap="sm" aria-label="Export">
      <Title order={3}>Export</Title>
      <Group>
        {CSV_KINDS.map((kind) => <Button key={kind} variant="light" onClick={() => void downloadCsv(kind)}>{kind} (CSV)</Button>)}
      </Group>
      <Group>
        <Button onClick={async () => setExportId((await unwrap(api.POST('/api/exports'))).exportId)}>Export the whole clinic</Button>
        {job.data?.status === 'running' && <Text role="status">Building the export…</Text>}
        {job.data?.download && <Button component="a" href={job.data.download.url} variant="outline">Download the zip ({job.data.items} items, {job.data.files} files)</Button>}
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
    </Stack>
  );
}
