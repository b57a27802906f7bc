/** How to reach the clinic: the location's phone, else the clinic's, else its email (the API picks). */
import type { PublicBooking } from '../api/contract';

export function ContactLink({ contact }: { contact: PublicBooking['contact'] }) {
  if (!contact) return null;
  return contact.kind === 'phone' ? <a href={`tel:${contact.value.replace(/[^\d+]/g, '')}`}>{contact.value}</a> : <a href={`mailto:${contact.value}`}>{contact.value}</a>;
}

/** "call 416-555-0100" / "email desk@clinic.test" as a phrase with its link, or "contact the clinic". */
export function ReachClinic({ contact, clinicName }: { contact: PublicBooking['contact']; clinicName: string }) {
  if (!contact) return <>contact {clinicName}</>;
  return (
    <>
      {contact.kind === 'phone' ? 'call' : 'email'} {clinicName} at <ContactLink contact={contact} />
    </>
  );
}
