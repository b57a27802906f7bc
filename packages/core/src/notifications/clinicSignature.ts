/**
 * Who a mail is from, under every message (issue 16): the clinic's name, the address of the location
 * the message is about (or, when it is about none, the first location with an address), and that
 * location's phone, else the clinic's.
 */
import type { ClinicSignature } from './mailLayout';
import { oneLineAddress } from './postalAddress';

type SignedLocation = { address?: Parameters<typeof oneLineAddress>[0]; phone?: string | undefined };

export function clinicSignature(clinic: { name: string; phone?: string | undefined }, location: SignedLocation | undefined, locations: readonly SignedLocation[] = []): ClinicSignature {
  const firstWithAddress = locations.find((candidate) => candidate.address);
  return { name: clinic.name, address: oneLineAddress(location?.address ?? firstWithAddress?.address), phone: (location ?? firstWithAddress)?.phone ?? clinic.phone };
}
