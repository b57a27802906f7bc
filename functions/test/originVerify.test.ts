import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientAddress, ORIGIN_VERIFY_HEADER, VIEWER_ADDRESS_HEADER, verifyOrigin } from '../src/http/originVerify';

const event = (headers: Record<string, string>): APIGatewayProxyEventV2 =>
  ({ headers, requestContext: { http: { sourceIp: '130.176.0.1' } } }) as Partial<APIGatewayProxyEventV2> as APIGatewayProxyEventV2; // only the fields read here

const secrets = (values: string[] | undefined) => async () => values;

describe('the origin check', () => {
  it('requires nothing where no secret is configured (the local runtime), and trusts no viewer header there', async () => {
    const request = event({ [VIEWER_ADDRESS_HEADER]: '203.0.113.9' });
    await expect(verifyOrigin(request, secrets(undefined))).resolves.toBeUndefined();
    expect(clientAddress(request)).toBe('130.176.0.1');
  });

  it('answers 403 to a request without the header or with a wrong one', async () => {
    await expect(verifyOrigin(event({}), secrets(['s3cret']))).rejects.toMatchObject({ outcome: 'forbidden' });
    await expect(verifyOrigin(event({ [ORIGIN_VERIFY_HEADER]: 's3creT' }), secrets(['s3cret']))).rejects.toMatchObject({ outcome: 'forbidden' });
    await expect(verifyOrigin(event({ [ORIGIN_VERIFY_HEADER]: 's3cret-longer' }), secrets(['s3cret']))).rejects.toMatchObject({ outcome: 'forbidden' });
  });

  it('accepts the current or the previous value, and then takes the client address from CloudFront', async () => {
    const request = event({ [ORIGIN_VERIFY_HEADER]: 'old', [VIEWER_ADDRESS_HEADER]: '203.0.113.9' });
    await verifyOrigin(request, secrets(['new', 'old']));
    expect(clientAddress(request)).toBe('203.0.113.9');
  });

  it('keeps the API Gateway source address when CloudFront sent no viewer address', async () => {
    const request = event({ [ORIGIN_VERIFY_HEADER]: 'new' });
    await verifyOrigin(request, secrets(['new']));
    expect(clientAddress(request)).toBe('130.176.0.1');
  });

  it('re-reads the values once on a mismatch, so a value rotated since the last read is accepted', async () => {
    const asked: boolean[] = [];
    const rotated = async (afterMismatch: boolean) => {
      asked.push(afterMismatch);
      return afterMismatch ? ['newer', 'new'] : ['new', 'old'];
    };
    await verifyOrigin(event({ [ORIGIN_VERIFY_HEADER]: 'newer' }), rotated);
    expect(asked).toEqual([false, true]);
    await expect(verifyOrigin(event({ [ORIGIN_VERIFY_HEADER]: 'forged' }), rotated)).rejects.toMatchObject({ outcome: 'forbidden' });
  });
});
