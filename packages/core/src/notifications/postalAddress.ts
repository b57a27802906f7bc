import type * as z from 'zod';
import type { addressSchema } from '../schemas/common';

type Address = z.infer<typeof addressSchema>;

/** "12 King St W, Suite 3, Toronto ON M5H 1A1": an address on one line, as mail and invoices print it. */
export function oneLineAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const regionLine = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.line1, address.line2, address.city, regionLine].filter((part) => part?.trim()).join(', ');
}
