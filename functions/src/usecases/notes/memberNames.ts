import type { ClinicRepositories } from '@casefile/db';
import type { MemberNames } from './noteViews';

/** Every member's display name (a clinic's team is a few pages at most). */
export async function memberNames(repos: ClinicRepositories): Promise<MemberNames> {
  const members = await repos.members.listAll();
  return new Map(members.map((member) => [member.memberId, `${member.firstName} ${member.lastName}`]));
}
