/**
 * A webhook event's id, derived from the stream record it came from and its type, so a redelivered
 * record names the same event (and finds its deliveries already there). The id starts with the
 * change's time in base 36, so ids sort by time and the delivery log reads newest first.
 */
export function webhookEventId(changedAtMs: number, digestOfRecordAndType: string): string {
  return `msg_${Math.max(0, Math.floor(changedAtMs)).toString(36).padStart(9, '0')}${digestOfRecordAndType.slice(0, 16)}`;
}
