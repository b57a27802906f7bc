/** The case file's clinical-record tabs: Forms, Files, Communications (each in its own component). */
import { Tabs } from '@mantine/core';
import { useAuth } from '../auth/AuthContext';
import { CommunicationsTab } from './CommunicationsTab';
import { FilesTab } from './FilesTab';
import { FormsTab } from './FormsTab';

/** Roles that read clinical content (core's permissions table); the API enforces it, this only hides buttons. */
const CLINICAL_ROLES = ['owner', 'manager', 'provider'];

export function CaseRecordTabs({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const canReadClinical = CLINICAL_ROLES.includes(useAuth().session?.role ?? '');
  return (
    <Tabs defaultValue="forms" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="forms">Forms</Tabs.Tab>
        <Tabs.Tab value="files">Files</Tabs.Tab>
        <Tabs.Tab value="communications">Communications</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="forms" pt="sm"><FormsTab caseId={caseId} canRead={canReadClinical} /></Tabs.Panel>
      <Tabs.Panel value="files" pt="sm"><FilesTab caseId={caseId} canOpen={canReadClinical} /></Tabs.Panel>
      <Tabs.Panel value="communications" pt="sm"><CommunicationsTab caseId={caseId} timeZone={timeZone} /></Tabs.Panel>
    </Tabs>
  );
}
