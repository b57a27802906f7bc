import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { EndUserMessagingSms, SmsSendError } from '../src/sms/endUserMessagingSms';

const sms = mockClient(PinpointSMSVoiceV2Client);

describe('AWS End User Messaging SMS adapter (at the SDK boundary)', () => {
  afterEach(() => sms.reset());

  it('sends one transactional text from the origination identity through the configuration set', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'msg-1' });
    const sender = new EndUserMessagingSms({ client: new PinpointSMSVoiceV2Client({ region: 'ca-central-1' }), originationIdentity: 'pool-123', configurationSetName: 'casefile', maxPrice: '0.05' });
    expect(await sender.send({ to: '+14165550100', body: 'Reply C to confirm.', tags: { clinicId: 'K1', appointmentId: 'A1' } })).toEqual({ messageId: 'msg-1' });
    expect(sms.commandCalls(SendTextMessageCommand).map((call) => call.args[0].input)).toEqual([
      {
        DestinationPhoneNumber: '+14165550100',
        OriginationIdentity: 'pool-123',
        MessageBody: 'Reply C to confirm.',
        MessageType: 'TRANSACTIONAL',
        ConfigurationSetName: 'casefile',
        MaxPrice: '0.05',
        Context: { clinicId: 'K1', appointmentId: 'A1' },
      },
    ]);
  });

  it('passes the service’s refusal on, and refuses an answer without a message id', async () => {
    const sender = new EndUserMessagingSms({ client: new PinpointSMSVoiceV2Client({ region: 'ca-central-1' }), originationIdentity: 'pool-123' });
    sms.on(SendTextMessageCommand).rejectsOnce(Object.assign(new Error('opted out'), { name: 'ValidationException' })).resolvesOnce({});
    await expect(sender.send({ to: '+14165550100', body: 'x', tags: {} })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(sender.send({ to: '+14165550100', body: 'x', tags: {} })).rejects.toBeInstanceOf(SmsSendError);
  });
});
