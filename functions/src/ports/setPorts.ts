/**
 * Puts ports in place for tests and the local host, or (undefined) drops them all so each is created
 * from the environment again on its next use. Imports every adapter: never import it from a handler.
 */
import type { IdentityDirectory } from '@casefile/adapters/identity/identityDirectory';
import { identityDirectory } from './identityDirectory';
import { type OutgoingMail, outgoingMail } from './outgoingMail';
import { type OutgoingSms, outgoingSms } from './outgoingSms';
import { type Scheduling, scheduling } from './scheduling';
import { type ObjectStorage, objectStorage } from './objectStorage';
import { type WebhookDelivery, webhookDelivery } from './webhooks';

export interface Ports {
  outgoingMail: OutgoingMail;
  scheduling: Scheduling;
  identityDirectory: IdentityDirectory;
  outgoingSms: OutgoingSms;
  objectStorage: ObjectStorage;
  webhookDelivery: WebhookDelivery;
}

export function setPorts(ports: Partial<Ports> | undefined): void {
  outgoingMail.set(ports?.outgoingMail);
  scheduling.set(ports?.scheduling);
  identityDirectory.set(ports?.identityDirectory);
  outgoingSms.set(ports?.outgoingSms);
  objectStorage.set(ports?.objectStorage);
  webhookDelivery.set(ports?.webhookDelivery);
}
