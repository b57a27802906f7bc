/** A case's files: a drop zone that uploads straight to storage with progress bars, the list, and a preview of images and PDFs. */
import { useState } from 'react';
import { Alert, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { uploadWithProgress } from './uploadWithProgress';

type CaseDocumentType = Schemas['CaseDocumentType'];
const ALLOWED: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/tiff', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const MAX_BYTES = 25 * 1024 * 1024;

interface Upload {
  name: string;
  fraction: number;
  error?: string;
}

export function FilesTab({ caseId, canOpen }: { caseId: string; canOpen: boolean }) {
  const queryClient = useQueryClient();
  const files = useQuery({ queryKey: ['case-files', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/files', { params: { path: { id: caseId } } })) });
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [preview, setPreview] = useState<{ url: string; contentType: string; name: string } | undefined>();
  const [dragging, setDragging] = useState(false);

  const update = (name: string, patch: Partial<Upload>) => setUploads((current) => current.map((upload) => (upload.name === name ? { ...upload, ...patch } : upload)));
  const upload = async (file: File) => {
    setUploads((current) => [...current.filter((item) => item.name !== file.name), { name: file.name, fraction: 0 }]);
    if (!ALLOWED.includes(file.type)) return update(file.name, { error: 'This type of file is not accepted (PDF, images, text, Word).' });
    if (file.size > MAX_BYTES) return update(file.name, { error: 'Files are limited to 25 MB.' });
    try {
      const ticket = await unwrap(api.POST('/api/cases/{id}/files', { params: { path: { id: caseId } }, body: { fileName: file.name, contentType: file.type as CaseDocumentType, size: file.size } }));
      await uploadWithProgress(ticket.upload.url, ticket.upload.headers, file, (fraction) => update(file.name, { fraction }));
      await unwrap(api.POST('/api/files/{id}/complete', { params: { path: { id: ticket.document.documentId } } }));
      update(file.name, { fraction: 1 });
      await queryClient.invalidateQueries({ queryKey: ['case-files', caseId] });
    } catch (error) {
      update(file.name, { error: error instanceof Error ? error.message : 'The upload failed.' });
    }
  };
  const open = async (document: Schemas['CaseDocument']) => {
    const link = await unwrap(api.GET('/api/files/{id}/download', { params: { path: { id: document.documentId } } }));
    setPreview({ url: link.url, contentType: document.contentType, name: document.fileName });
  };

  return (
    <Stack gap="sm">
      <label
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => { event.preventDefault(); setDragging(false); for (const file of Array.from(event.dataTransfer.files)) void upload(file); }}
      >
        <Text size="sm">Drop referral letters, imaging reports or insurer letters here, or choose files (PDF, images, text, Word; up to 25 MB).</Text>
        <input type="file" multiple aria-label="Choose files to upload" onChange={(event) => { for (const file of Array.from(event.currentTarget.files ?? [])) void upload(file); event.currentTarget.value = ''; }} />
      </label>
      {uploads.map((item) => (
        <Stack key={item.name} gap={2}>
          <Text size="sm">{item.name}</Text>
          {item.error ? <Alert color="red" p="xs">{item.error}</Alert> : <Progress value={Math.round(item.fraction * 100)} aria-label={`Uploading ${item.name}`} />}
        </Stack>
      ))}
      <Table aria-label="Files of the case">
        <Table.Thead><Table.Tr><Table.Th>File</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Size</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {files.data?.items.length === 0 && <Table.Tr><Table.Td colSpan={5}>No files yet.</Table.Td></Table.Tr>}
          {files.data?.items.map((document) => (
            <Table.Tr key={document.documentId}>
              <Table.Td>{document.fileName}</Table.Td>
              <Table.Td>{document.category}</Table.Td>
              <Table.Td>{Math.max(1, Math.round(document.size / 1024))} KB</Table.Td>
              <Table.Td>{document.status}</Table.Td>
              <Table.Td>{canOpen && document.status === 'uploaded' && <Button size="xs" variant="light" onClick={() => void open(document)}>Open</Button>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview && (
        <Stack gap={4}>
          <Group justify="space-between"><Text fw={600}>{preview.name}</Text><Button size="xs" variant="subtle" onClick={() => setPreview(undefined)}>Close preview</Button></Group>
          {preview.contentType.startsWith('image/') ? <img src={preview.url} alt={preview.name} style={{ maxWidth: '100%' }} /> : preview.contentType === 'application/pdf' ? <iframe title={preview.name} src={preview.url} style={{ width: '100%', height: 480, border: 0 }} /> : <a href={preview.url}>Download {preview.name}</a>}
        </Stack>
      )}
    </Stack>
  );
}
