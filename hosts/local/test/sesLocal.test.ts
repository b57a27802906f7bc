import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../src/ports';
import { startSesLocal } from '../src/sesLocal';
import { dynamoEndpoint } from '../../../test/setup/fileDynamo';

describe('local SES endpoint', () => {
  it('accepts SES v2 mail from the SDK and shows it in the viewer', async () => {
    const ses = await startSesLocal({ port: await findFreePort() });
    const client = new SESv2Client({ endpoint: ses.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    try {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: 'clinic@example.com',
          Destination: { ToAddresses: ['client@example.com'] },
          Content: { Simple: { Subject: { Data: 'Your appointment' }, Body: { Text: { Data: 'See you soon.' } } } },
        }),
      );

      const viewer = await fetch(ses.url);
      const store = (await (await fetch(`${ses.url}/store`)).json()) as { emails: { subject: string }[] };
      expect(viewer.status).toBe(200);
      expect(store.emails.map((email) => email.subject)).toContain('Your appointment');
    } finally {
      client.destroy();
      await ses.stop();
    }
  });

  it('says the port is taken', async () => {
    const endpoint = new URL(await dynamoEndpoint());

    await expect(startSesLocal({ port: Number(endpoint.port) })).rejects.toThrow(/already in use.*SES_PORT/);
  });
});
