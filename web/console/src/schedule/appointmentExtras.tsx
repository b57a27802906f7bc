/** Sections the appointment panel shows under its actions: the arrive, bill, collect flow (loaded when first shown). */
import { lazy, Suspense, type ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { WriteNoteLink } from '../notes/WriteNoteLink';

const AppointmentBilling = lazy(() => import('../billing/AppointmentBilling').then((module) => ({ default: module.AppointmentBilling })));

export const appointmentExtras: ((appointment: Schemas['Appointment']) => ReactNode) | undefined = (appointment) => (
  <>
    <WriteNoteLink caseId={appointment.caseId} appointmentId={appointment.appointmentId} />
    <Suspense fallback={null}>
      <AppointmentBilling appointment={appointment} />
    </Suspense>
  </>
);
