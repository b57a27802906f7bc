import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';

/**
 * What a billing use case works with: the clinic's repositories and the runtime's clock and ids. An
 * API operation's input is one as it stands; a stream consumer builds one with `billingContextFor`.
 */
export interface BillingContext {
  repos: ClinicRepositories;
  runtime: Pick<Runtime, 'clock' | 'newId'>;
}
