/** What a use case runs with: the caller's clinic-bound repositories, the runtime's ports, and who asks. */
import type { ClinicRepositories } from '@casefile/db';
import type { CallerIdentity } from '../http/staffIdentity';
import type { Runtime } from '../runtime';

export interface StaffContext {
  repos: ClinicRepositories;
  runtime: Runtime;
  caller: CallerIdentity;
}
