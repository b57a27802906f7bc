import type { PublicBookingRequest } from '@casefile/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Runtime } from '../../runtime';
import { bookOnline } from './bookOnline';
import { signManageLink } from './manageBooking';
import { sendOnlineConfirmation } from './onlineMail';
import { publicBookingView } from './publicBookingView';
import { loadCatalogue } from './publicCatalogue';
import { repositoriesForSlug } from './publicClinicContext';

/** Book online (SPEC O3) and mail the confirmation with the booking's manage link. */
export async function bookOnlineAndConfirm(runtime: Runtime, event: APIGatewayProxyEventV2, clinicSlug: string, request: PublicBookingRequest) {
  const repos = await repositoriesForSlug(runtime, clinicSlug);
  const { appointment, client } = await bookOnline(repos, runtime, event, await loadCatalogue(repos), request);
  const booking = await publicBookingView(repos, appointment, runtime.clock.now().toISOString());
  const manageToken = await signManageLink(runtime, appointment);
  // The booking stands whatever the mail does; the page shows the same link.
  await sendOnlineConfirmation(runtime, repos, appointment, booking, { ...client, email: request.email }, manageToken).catch((error: unknown) =>
    runtime.logger.error('online confirmation not sent', { errorName: error instanceof Error ? error.name : typeof error }),
  );
  return { booking, manageToken };
}
