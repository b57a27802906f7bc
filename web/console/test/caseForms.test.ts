import { describe, expect, it } from 'vitest';
import type { Schemas } from '../src/api/client';
import { caseDetailsBody, caseDetailsForm } from '../src/clients/caseDetails';
import { caseStatusActions, caseStatusBody, isBookableCase } from '../src/clients/caseStatusActions';

describe('case status actions', () => {
  it('offers what the case rules allow from each status', () => {
    expect(caseStatusActions('open').map((action) => action.to)).toEqual(['on_hold', 'discharged', 'closed']);
    expect(caseStatusActions('on_hold').map((action) => action.label)).toEqual(['Resume', 'Discharge', 'Close case']);
    expect(caseStatusActions('closed')).toEqual([{ to: 'open', label: 'Reopen', needsReason: false }]);
    expect(caseStatusActions('discharged').find((action) => action.to === 'closed')?.needsReason).toBe(true);
  });

  it('closes only with a reason', () => {
    expect(caseStatusBody('closed', '  ')).toEqual({ error: 'Say why the case is closed.' });
    expect(caseStatusBody('closed', ' Goals met ')).toEqual({ status: 'closed', closingReason: 'Goals met' });
    expect(caseStatusBody('on_hold', 'ignored')).toEqual({ status: 'on_hold' });
  });

  it('books only on open and on-hold cases', () => {
    expect(['open', 'on_hold', 'discharged', 'closed'].map((status) => isBookableCase(status as Schemas['CaseStatus']))).toEqual([true, true, false, false]);
  });
});

describe('case details', () => {
  const caseFile = {
    caseId: '01JCASE0000000000000000000', clinicId: 'c', clientId: 'k', caseNumber: 1, caseLabel: 'C-000001', caseType: 'motor_vehicle_accident', intakeDate: '2026-11-01', status: 'open',
    assignedProviderIds: [], contacts: [{ role: 'lawyer', name: 'Ann Law' }], createdAt: '', updatedAt: '', createdBy: '', updatedBy: '',
  } as unknown as Schemas['CaseFile']; // only the fields the form reads

  it('round-trips a case and drops contacts without a name', () => {
    const form = caseDetailsForm(caseFile);
    form.contacts.push({ role: 'adjuster', name: ' ', organization: '', phone: '', email: '', reference: '' });
    form.contacts.push({ role: 'adjuster', name: 'Bo Adj', organization: 'Aviva', phone: '', email: '', reference: 'CL-77' });
    form.referralKind = 'physician';
    expect(caseDetailsBody(form)).toEqual({
      title: null,
      referralSource: { kind: 'physician' },
      assignedProviderIds: [],
      contacts: [{ role: 'lawyer', name: 'Ann Law' }, { role: 'adjuster', name: 'Bo Adj', organization: 'Aviva', reference: 'CL-77' }],
    });
  });
});
