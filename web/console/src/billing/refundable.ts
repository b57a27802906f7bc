/** What can still be refunded of a payment: the money it brought in, less earlier refunds (the API has the last word). */
export function refundable(payment: { amountMinor: number; refundedMinor: number }): number {
  return Math.max(0, payment.amountMinor - payment.refundedMinor);
}
