/** A calendar's notification override edited switch by switch: each one follows the clinic (left out), or is on or off. */
import type { Schemas } from '../api/client';

type Override = Schemas['CalendarNotificationOverride'];
export type NoticeKey = 'newBooking' | 'reschedule' | 'cancellation' | 'noShow';
type Audience = 'client' | 'provider';
type Choice = 'clinic' | 'on' | 'off';

export const toChoice = (value: boolean | undefined): Choice => (value === undefined ? 'clinic' : value ? 'on' : 'off');
export const fromChoice = (choice: string): boolean | undefined => (choice === 'clinic' ? undefined : choice === 'on');

/** The override with every "as the clinic" left out, so `{}` follows the clinic entirely. */
export function withSwitch(override: Override, notice: NoticeKey, audience: Audience, value: boolean | undefined): Override {
  const audiences: { client?: boolean; provider?: boolean } = { ...override.notices?.[notice] };
  if (value === undefined) delete audiences[audience];
  else audiences[audience] = value;
  const notices = { ...override.notices };
  if (Object.keys(audiences).length) notices[notice] = audiences;
  else delete notices[notice];
  const next: Override = { ...override, notices };
  if (!Object.keys(notices).length) delete next.notices;
  return next;
}
