/** Sections the appointment panel shows under its actions: the arrive, bill, collect flow. */
import type { ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { AppointmentBilling } from '../billing/AppointmentBilling';

export const appointmentExtras: ((appointment: Schemas['Appointment']) => ReactNode) | undefined = (appointment) => <AppointmentBilling appointment={appointment} />;
