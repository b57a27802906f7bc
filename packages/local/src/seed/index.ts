/** Demo data for `npm start`. Owned by the slice work; the runtime only calls seedIfEmpty. */
export interface DemoUser {
  email: string;
  name: string;
  role: string;
  clinicId: string;
  clinicName: string;
  memberId: string;
}

export interface SeedResult {
  seeded: boolean;
  users: DemoUser[];
}

/** Seeds the demo clinics on first start (empty table); otherwise returns the demo users already there. */
export async function seedIfEmpty(_options: { tableName: string; endpoint: string }): Promise<SeedResult> {
  return { seeded: false, users: [] };
}
