import { describe, expect, it } from 'vitest';
import { toLambdaStreamRecord } from '../src/streams/lambdaStreamRecord';

describe('stream record conversion', () => {
  it('gives the record Lambda hands a consumer: epoch seconds, base64 binaries, the source ARN', () => {
    const arn = 'arn:aws:dynamodb:ddblocal:000000000000:table/casefile/stream/2026-03-01T00:00:00.000';

    const record = toLambdaStreamRecord(
      {
        eventID: 'e1',
        eventName: 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'ddblocal',
        dynamodb: {
          ApproximateCreationDateTime: new Date('2026-03-01T12:00:00.900Z'),
          Keys: { pk: { S: 'c#1' }, sk: { S: 'client#2' } },
          NewImage: {
            pk: { S: 'c#1' },
            photo: { B: Uint8Array.from([1, 2, 3]) },
            nested: { M: { blobs: { BS: [Uint8Array.from([255])] }, list: { L: [{ N: '1' }, { B: Uint8Array.from([0]) }] } } },
            flag: { BOOL: false },
            nothing: { NULL: true },
          },
          OldImage: { pk: { S: 'c#1' } },
          SequenceNumber: '000000000000000000042',
          SizeBytes: 77,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
      arn,
      'us-east-1',
    );

    expect(record).toEqual({
      eventID: 'e1',
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: 1772366400,
        Keys: { pk: { S: 'c#1' }, sk: { S: 'client#2' } },
        NewImage: {
          pk: { S: 'c#1' },
          photo: { B: 'AQID' },
          nested: { M: { blobs: { BS: ['/w=='] }, list: { L: [{ N: '1' }, { B: 'AA==' }] } } },
          flag: { BOOL: false },
          nothing: { NULL: true },
        },
        OldImage: { pk: { S: 'c#1' } },
        SequenceNumber: '000000000000000000042',
        SizeBytes: 77,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: arn,
    });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it("turns the SDK's member-less value of an empty map back into {M: {}}, at any depth; empty lists stay lists", () => {
    const record = toLambdaStreamRecord(
      {
        eventID: 'e3',
        eventName: 'INSERT',
        dynamodb: {
          // What the SDK hands back for `{"M":{}}` (an empty list comes back as `{"L":[]}`).
          NewImage: { pk: { S: 'a' }, taxByCode: {} as never, lines: { L: [{ M: { taxByCode: {} as never } }] }, none: { L: [] } },
          SequenceNumber: '3',
        },
      },
      'arn',
      'ddblocal',
    );
    expect(record.dynamodb?.NewImage).toEqual({ pk: { S: 'a' }, taxByCode: { M: {} }, lines: { L: [{ M: { taxByCode: { M: {} } } }] }, none: { L: [] } });
  });

  it('leaves out the images a record does not have', () => {
    const record = toLambdaStreamRecord({ eventName: 'REMOVE', dynamodb: { Keys: { pk: { S: 'x' } }, OldImage: { pk: { S: 'x' } } } }, 'arn', 'us-east-1');

    expect(record.dynamodb).not.toHaveProperty('NewImage');
    expect(record.dynamodb).not.toHaveProperty('ApproximateCreationDateTime');
  });
});
