/**
 * The case file's tabs. Each tab is its own component; a new tab is one entry here. `?tab=<value>`
 * opens a tab directly (links from the schedule and from the unsigned-notes list).
 */
import { Tabs } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { Schemas } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { CaseMessagesTab } from '../caseRecords/CaseMessagesTab';
import { CommunicationsTab } from '../caseRecords/CommunicationsTab';
import { FilesTab } from '../caseRecords/FilesTab';
import { FormsTab } from '../caseRecords/FormsTab';
import { CaseNotesTab } from '../notes/CaseNotesTab';

interface CaseTabContext {
  caseFile: Schemas['CaseFile'];
  timeZone: string;
  /** Whether this role reads clinical content (core's permissions table); the API enforces it, this only hides buttons. */
  canReadClinical: boolean;
}

interface CaseTab {
  value: string;
  label: string;
  render: (context: CaseTabContext) => ReactNode;
}

const CLINICAL_ROLES = ['owner', 'manager', 'provider'];

const CASE_TABS: readonly CaseTab[] = [
  { value: 'notes', label: 'Notes', render: ({ caseFile, timeZone }) => <CaseNotesTab caseFile={caseFile} timeZone={timeZone} /> },
  { value: 'forms', label: 'Forms', render: ({ caseFile, canReadClinical }) => <FormsTab caseId={caseFile.caseId} canRead={canReadClinical} /> },
  { value: 'files', label: 'Files', render: ({ caseFile, canReadClinical }) => <FilesTab caseId={caseFile.caseId} canOpen={canReadClinical} /> },
  { value: 'communications', label: 'Communications', render: ({ caseFile, timeZone }) => <CommunicationsTab caseId={caseFile.caseId} timeZone={timeZone} /> },
  { value: 'messages', label: 'Team messages', render: ({ caseFile, timeZone }) => <CaseMessagesTab caseId={caseFile.caseId} timeZone={timeZone} /> },
];

export function CaseTabs({ caseFile, timeZone }: { caseFile: Schemas['CaseFile']; timeZone: string }) {
  const canReadClinical = CLINICAL_ROLES.includes(useAuth().session?.role ?? '');
  const [tab, setTab] = useState<string | null>(() => {
    const asked = new URLSearchParams(location.search).get('tab');
    return CASE_TABS.some((candidate) => candidate.value === asked) ? asked : CASE_TABS[0]!.value;
  });
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        {CASE_TABS.map((candidate) => <Tabs.Tab key={candidate.value} value={candidate.value}>{candidate.label}</Tabs.Tab>)}
      </Tabs.List>
      {CASE_TABS.map((candidate) => (
        <Tabs.Panel key={candidate.value} value={candidate.value} pt="sm">{candidate.render({ caseFile, timeZone, canReadClinical })}</Tabs.Panel>
      ))}
    </Tabs>
  );
}
