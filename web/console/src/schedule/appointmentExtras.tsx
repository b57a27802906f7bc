/** Sections the appointment panel shows under its actions; billing adds the arrive-bill-collect flow here. */
import type { ReactNode } from 'react';
import type { Schemas } from '../api/client';

export const appointmentExtras: ((appointment: Schemas['Appointment']) => ReactNode) | undefined = undefined;
