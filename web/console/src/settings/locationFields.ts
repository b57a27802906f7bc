/** A location's address as flat form fields (named by the API's field paths) and back. */
import type { Schemas } from '../api/client';
import type { FormField, FormValues } from './ResourceForm';

type Address = Schemas['Address'];

export const ADDRESS_FIELDS: FormField[] = [
  { name: 'address.line1', label: 'Street address' },
  { name: 'address.line2', label: 'Unit, floor (optional)' },
  { name: 'address.city', label: 'City' },
  { name: 'address.region', label: 'Province or state' },
  { name: 'address.postalCode', label: 'Postal code' },
  { name: 'address.country', label: 'Country (2 letters)', initial: 'CA' },
];

export function addressValues(address: Address | undefined): FormValues {
  return {
    'address.line1': address?.line1 ?? '',
    'address.line2': address?.line2 ?? '',
    'address.city': address?.city ?? '',
    'address.region': address?.region ?? '',
    'address.postalCode': address?.postalCode ?? '',
    'address.country': address?.country ?? 'CA',
  };
}

/** The other values, and the address when a street or city was given (the API then checks it whole). */
export function splitAddress(values: FormValues): { rest: FormValues; address?: Address } {
  const rest: FormValues = {};
  const parts: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith('address.')) parts[name.slice('address.'.length)] = String(value).trim();
    else rest[name] = value;
  }
  if (!parts.line1 && !parts.city) return { rest };
  const address: Address = { line1: parts.line1 ?? '', city: parts.city ?? '', country: (parts.country || 'CA').toUpperCase() };
  for (const optional of ['line2', 'region', 'postalCode'] as const) if (parts[optional]) address[optional] = parts[optional];
  return { rest, address };
}

export function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  return [address.line1, address.line2, address.city, address.region, address.postalCode].filter(Boolean).join(', ');
}
