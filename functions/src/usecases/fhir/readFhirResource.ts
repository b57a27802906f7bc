import { type FhirReadableType, type FhirResource, toFhirAppointment, toFhirChargeItem, toFhirEpisodeOfCare, toFhirInvoice, toFhirPatient, toFhirSchedule } from '@casefile/core';
import { toCharge, toInvoice } from '@casefile/db';
import type { StaffContext } from '../context';
import { clinicCurrency } from './clientRecords';

/** FHIR read (`GET <type>/{id}`): one stored record, mapped. A foreign or missing id is a 404 alike (the repositories are the clinic's). */
export async function readFhirResource({ repos }: StaffContext, type: FhirReadableType, id: string): Promise<FhirResource> {
  switch (type) {
    case 'Patient':
      return toFhirPatient(await repos.clients.get(id));
    case 'EpisodeOfCare':
      return toFhirEpisodeOfCare(await repos.cases.get(id));
    case 'Appointment':
      return toFhirAppointment(await repos.appointments.get(id));
    case 'Schedule':
      return toFhirSchedule(await repos.calendars.get(id));
    case 'ChargeItem': {
      const [charge, currency] = await Promise.all([repos.charges.get(id), clinicCurrency(repos)]);
      return toFhirChargeItem(toCharge(charge), currency);
    }
    case 'Invoice':
      return toFhirInvoice(toInvoice(await repos.invoices.get(id)));
  }
}
