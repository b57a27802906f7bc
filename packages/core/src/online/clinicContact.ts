/**
 * How a client reaches the clinic when online self-service cannot help (issue 16, item 2): the
 * booking's location phone, else the clinic's phone, else its contact email. Every refusal and
 * every message that sends a client to the clinic names one of these.
 */
export interface ClinicContactSources {
  locationPhone?: string | undefined;
  clinicPhone?: string | undefined;
  contactEmail?: string | undefined;
}

export type ClinicContact = { kind: 'phone'; value: string } | { kind: 'email'; value: string } | undefined;

export function clinicContact(sources: ClinicContactSources): ClinicContact {
  const phone = sources.locationPhone?.trim() || sources.clinicPhone?.trim();
  if (phone) return { kind: 'phone', value: phone };
  const email = sources.contactEmail?.trim();
  return email ? { kind: 'email', value: email } : undefined;
}

/** "call 416-555-0100" / "email desk@clinic.test", for a sentence. */
export function contactPhrase(contact: ClinicContact): string | undefined {
  if (!contact) return undefined;
  return contact.kind === 'phone' ? `call ${contact.value}` : `email ${contact.value}`;
}
