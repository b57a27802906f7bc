import type { PublicBookingRequest } from '@casefile/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Runtime } from '../../runtime';
import { sendOnlineBookingForms } from '../forms/sendOnlineBookingForms';
import { bookOnline } from './bookOnline';
import { signManageLink } from './manageBooking';
import { sendOnlineConfirmation } from './onlineMail';
import { publicBookingView } from './publicBookingView';
import { loadCatalogue } from './publicCatalogue';
import { repositoriesForSlug } from './publicClinicContext';

/** Book online (SPEC O3), mail the confirmation with the booking's manage link, and send the clinic's intake forms (K6). */
export async function bookOnlineAndConfirm(runtime: Runtime, event: APIGatewayProxyEventV2, clinicSlug: string, request: PublicBookingRequest) {
  const repos = await repositoriesForSlug(runtime, clinicSlug);
  const { appointment, client } = await bookOnline(repos, runtime, event, await loadCatalogue(repos), request);
  const booking = await publicBookingView(repos, appointment, runtime.clock.now().toISOString());
  const manageToken = await signManageLink(runtime, appointment);
  // The booking stands whatever the mail does; the page shows the same link.
  await sendOnlineConfirmation(runtime, repos, appointment, booking, { ...client, email: request.email }, manageToken).catch((error: unknown) =>
    runtime.logger.error('online confirmation not sent', { errorName: error instanceof Error ? error.name : typeof error }),
  );
  const target = { caseId: appointment.caseId, clientId: client.clientId, appointmentId: appointment.appointmentId, email: request.email, name: client.preferredName ?? client.firstName };
  await sendOnlineBookingForms(repos, runtime, target).catch((error: unknown) =>
    runtime.logger.error('online booking forms not sent', { errorName: error instanceof Error ? error.name : typeof error }),
  );
  return { booking, manageToken };
}
