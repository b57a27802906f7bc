import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Entity, EntityItem, Schema } from 'electrodb';
import type { EntityName, entities } from './entities/index';

/** The item an entity stores, as ElectroDB reads it back (keys and hidden attributes left out). */
export type StoredItem<N extends EntityName> = EntityItem<(typeof entities)[N]>;

/**
 * A stream image as Lambda's event types declare it: the same DynamoDB JSON as the SDK's
 * `AttributeValue` map, whose union the `aws-lambda` declarations do not match member for member.
 */
export type StreamImage = { [field: string]: object };

/**
 * A stream image as an item of the given entity, or undefined when the image belongs to another
 * entity. Ownership (ElectroDB's entity name and version markers) is checked before parsing, since
 * ElectroDB's own `parse` ignores ownership and would read any item of the table as this entity.
 */
export function readEntityImage<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  image: StreamImage | undefined,
  entity: Entity<A, F, C, S>,
) {
  if (!image) return undefined;
  const item = unmarshallImage(image);
  const { model } = entity.schema;
  if (item.__edb_e__ !== model.entity || item.__edb_v__ !== model.version) return undefined;
  return entity.parse({ Item: item })?.data ?? undefined;
}

/** Reads a stream image (DynamoDB JSON) into plain values. */
export function unmarshallImage(image: StreamImage): Record<string, unknown> {
  // Lambda's and the SDK's declarations of one wire format: see StreamImage.
  return unmarshall(image as Record<string, AttributeValue>);
}
