import { entities, readEntityImage, type StreamImage } from '@casefile/db';
import type { RollupSource } from '@casefile/core';

/** A stream image as a rollup source (appointment, charge, invoice, payment, case or case billing) with its clinic, if it is one. */
export function readRollupSource(image: StreamImage | undefined): { clinicId: string; source: RollupSource } | undefined {
  const appointment = readEntityImage(image, entities.appointment);
  if (appointment) return { clinicId: appointment.clinicId, source: { entity: 'appointment', item: appointment } };
  const charge = readEntityImage(image, entities.charge);
  if (charge) return { clinicId: charge.clinicId, source: { entity: 'charge', item: charge } };
  const invoice = readEntityImage(image, entities.invoice);
  if (invoice) return { clinicId: invoice.clinicId, source: { entity: 'invoice', item: invoice } };
  const payment = readEntityImage(image, entities.payment);
  if (payment) return { clinicId: payment.clinicId, source: { entity: 'payment', item: payment } };
  const caseFile = readEntityImage(image, entities.caseFile);
  if (caseFile) return { clinicId: caseFile.clinicId, source: { entity: 'caseFile', item: caseFile } };
  const caseBilling = readEntityImage(image, entities.caseBilling);
  if (caseBilling) return { clinicId: caseBilling.clinicId, source: { entity: 'caseBilling', item: caseBilling } };
  return undefined;
}
