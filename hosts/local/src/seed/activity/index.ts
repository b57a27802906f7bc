/** The living demo of `npm start`: each demo clinic's last and current week, seeded once right after the clinics. */
import { createDocumentClient, createService } from '@casefile/db';
import { DEMO_CLINICS } from '../demoData';
import { type DemoActivity, seedDemoActivity } from './seedDemoActivity';

export async function seedLivingDemo(options: { tableName: string; endpoint: string }): Promise<DemoActivity[]> {
  const service = createService(createDocumentClient(options.endpoint), options.tableName);
  const seeded: DemoActivity[] = [];
  for (const clinic of DEMO_CLINICS) seeded.push(await seedDemoActivity(service, clinic));
  return seeded;
}

/** Each demo clinic's public booking page, for the start-up banner. */
export function demoBookingPages(baseUrl: string): { clinic: string; url: string }[] {
  return DEMO_CLINICS.map((clinic) => ({ clinic: clinic.name, url: `${baseUrl}/book/${clinic.slug}` }));
}
