/** The case-details form (title, referral, assigned providers, contacts) and its PATCH body. */
import type { Schemas } from '../api/client';

type CaseFile = Schemas['CaseFile'];
type Contact = Schemas['CaseContact'];

export interface CaseDetailsForm {
  title: string;
  referralKind: '' | Schemas['ReferralSource']['kind'];
  referralName: string;
  assignedProviderIds: string[];
  contacts: { role: Contact['role']; name: string; organization: string; phone: string; email: string; reference: string }[];
}

export const CONTACT_ROLES: { value: Contact['role']; label: string }[] = [
  { value: 'lawyer', label: 'Lawyer' },
  { value: 'adjuster', label: 'Adjuster' },
  { value: 'family_physician', label: 'Family physician' },
  { value: 'employer', label: 'Employer' },
  { value: 'case_manager', label: 'Case manager' },
  { value: 'other', label: 'Other' },
];

export function caseDetailsForm(caseFile: CaseFile): CaseDetailsForm {
  return {
    title: caseFile.title ?? '',
    referralKind: caseFile.referralSource?.kind ?? '',
    referralName: caseFile.referralSource?.name ?? '',
    assignedProviderIds: [...caseFile.assignedProviderIds],
    contacts: caseFile.contacts.map((contact) => ({
      role: contact.role,
      name: contact.name,
      organization: contact.organization ?? '',
      phone: contact.phone ?? '',
      email: contact.email ?? '',
      reference: contact.reference ?? '',
    })),
  };
}

/** The whole details as one body (a contact without a name is dropped; empty parts left out). */
export function caseDetailsBody(form: CaseDetailsForm): Schemas['UpdateCase'] {
  const contacts: Contact[] = form.contacts
    .filter((contact) => contact.name.trim() !== '')
    .map((contact) => {
      const out: Contact = { role: contact.role, name: contact.name.trim() };
      for (const key of ['organization', 'phone', 'email', 'reference'] as const) if (contact[key].trim()) out[key] = contact[key].trim();
      return out;
    });
  return {
    title: form.title.trim() ? form.title.trim() : null,
    referralSource: form.referralKind ? { kind: form.referralKind, ...(form.referralName.trim() ? { name: form.referralName.trim() } : {}) } : null,
    assignedProviderIds: form.assignedProviderIds,
    contacts,
  };
}
