import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * A stream image as an item of the named entity, fields as stored (version included), or undefined
 * when the image belongs to another entity. Ownership (ElectroDB's entity marker) is checked first.
 */
export function readEntityImage<T>(image: Record<string, AttributeValue> | undefined, entity: string): T | undefined {
  if (!image || image.__edb_e__?.S !== entity) return undefined;
  return unmarshall(image) as T;
}
