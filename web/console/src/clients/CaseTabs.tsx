/**
 * The case file's tabs. Each tab is its own component; a new tab is one entry here. `?tab=<value>`
 * opens a tab directly (links from the schedule and from the unsigned-notes list).
 */
import { Tabs } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { Schemas } from '../api/client';
import { CaseNotesTab } from '../notes/CaseNotesTab';

interface CaseTab {
  value: string;
  label: string;
  render: (caseFile: Schemas['CaseFile'], timeZone: string) => ReactNode;
}

const CASE_TABS: readonly CaseTab[] = [
  { value: 'notes', label: 'Notes', render: (caseFile, timeZone) => <CaseNotesTab caseFile={caseFile} timeZone={timeZone} /> },
];

export function CaseTabs({ caseFile, timeZone }: { caseFile: Schemas['CaseFile']; timeZone: string }) {
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
        <Tabs.Panel key={candidate.value} value={candidate.value} pt="sm">{candidate.render(caseFile, timeZone)}</Tabs.Panel>
      ))}
    </Tabs>
  );
}
