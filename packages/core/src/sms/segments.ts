/**
 * SMS lengths (SPEC N1-N2): a message is sent as one or two segments at most. GSM-7 fits 160
 * characters in one segment and 153 per segment when split; anything outside GSM-7 makes the whole
 * message UCS-2 (70, then 67 per segment). Extension characters (e.g. `€ [ ] { }`) count twice.
 */
const GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = '^{}\\[~]|€\f';

export const MAX_SMS_SEGMENTS = 2;

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Code units as the network counts them (GSM septets, or UTF-16 units). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENSION.includes(char)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/** The text cut (with an ellipsis) to at most `maxSegments` segments, whole characters only. */
export function fitSms(text: string, maxSegments = MAX_SMS_SEGMENTS): string {
  if (smsLength(text).segments <= maxSegments) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (smsLength(`${chars.slice(0, mid).join('').trimEnd()}...`).segments <= maxSegments) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}...`;
}
