/**
 * Sample requests for the routes of the integrator contract (issue 19, item 6): the PDF operations
 * read the same fresh invoice and note as the JSON reads of their path.
 */
import type { Role } from '@casefile/core';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';
import { BILLING_FRESH_IDS } from './billingSamples';
import { NOTE_FRESH_IDS } from './noteSamples';

export const CONTRACT_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/invoices/{id}/pdf': 'invoiceId',
  '/api/notes/{id}/pdf': 'noteId',
};

type FreshIds = (fixture: ClinicFixture, role?: Role) => Promise<Partial<FixtureIds>>;

function same(operationId: string, from: Readonly<Record<string, FreshIds>>): FreshIds {
  const fresh = from[operationId];
  if (!fresh) throw new Error(`No fresh ids for ${operationId}.`);
  return fresh;
}

export const CONTRACT_FRESH_IDS: Readonly<Record<string, FreshIds>> = {
  getInvoicePdf: same('getInvoice', BILLING_FRESH_IDS),
  getNotePdf: same('getNote', NOTE_FRESH_IDS),
};
