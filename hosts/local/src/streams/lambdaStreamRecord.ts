/** Turns a DynamoDB Streams API record (SDK shape) into the record Lambda hands a stream consumer. */
import type { AttributeValue as SdkAttributeValue, _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

type SdkImage = Record<string, SdkAttributeValue> | undefined;

export function toLambdaStreamRecord(record: SdkStreamRecord, eventSourceARN: string, awsRegion: string): DynamoDBRecord {
  const stream = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion,
    dynamodb: {
      // The SDK parses this into a Date; Lambda passes epoch seconds.
      ...(stream.ApproximateCreationDateTime ? { ApproximateCreationDateTime: Math.floor(stream.ApproximateCreationDateTime.getTime() / 1000) } : {}),
      ...imageField('Keys', stream.Keys),
      ...imageField('NewImage', stream.NewImage),
      ...imageField('OldImage', stream.OldImage),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
    eventSourceARN,
    ...(record.userIdentity ? { userIdentity: { ...record.userIdentity } } : {}),
  };
}

function imageField(name: 'Keys' | 'NewImage' | 'OldImage', image: SdkImage): Partial<Record<typeof name, Record<string, AttributeValue>>> {
  return image ? { [name]: toLambdaImage(image) } : {};
}

function toLambdaImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaAttributeValue(value)]));
}

/**
 * Same JSON, except binary values, which Lambda's JSON carries as base64 strings, and empty maps: the
 * SDK reads DynamoDB's `{"M":{}}` as a value with no member at all (an empty list stays `{"L":[]}`),
 * which Lambda would have passed as `{"M":{}}` and `unmarshall` refuses.
 */
function toLambdaAttributeValue(value: SdkAttributeValue): AttributeValue {
  if (Object.values(value).every((member) => member === undefined)) return { M: {} };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((item) => Buffer.from(item).toString('base64')) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaAttributeValue) };
  return value as AttributeValue;
}
