import type { Audience, NoticeType } from '../schemas/notification';

/** What a schedule (or the stream consumer, for a notice due now) hands to delivery. */
export type DeliveryPayload =
  | { kind: 'reminder'; clinicId: string; appointmentId: string; slot: number; leadMinutes: number; start: string; version: number }
  | { kind: 'newBooking'; clinicId: string; appointmentId: string }
  | { kind: 'reschedule'; clinicId: string; appointmentId: string; version: number; /** Set when the start changed in place; a move's previous start is its original's. */ previousStart?: string; audiences?: Audience[] }
  | { kind: Exclude<NoticeType, 'newBooking' | 'reschedule'>; clinicId: string; appointmentId: string; version: number; audiences?: Audience[] };

/** Whether this delivery goes to `audience`: a payload naming audiences is for those alone (the others hear later, merged). */
export function isForAudience(payload: DeliveryPayload, audience: Audience): boolean {
  return !('audiences' in payload) || !payload.audiences || payload.audiences.includes(audience);
}

export function isDeliveryPayload(value: unknown): value is DeliveryPayload {
  const payload = value as Partial<DeliveryPayload> | null;
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.clinicId === 'string' &&
    typeof payload.appointmentId === 'string' &&
    ['reminder', 'newBooking', 'reschedule', 'cancellation', 'noShow'].includes(payload.kind as string)
  );
}
