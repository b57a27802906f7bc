import type { CasefileService } from '../service';

/**
 * The clinic a public booking address names, or undefined. The only read not bound to one clinic:
 * public routes call it first and then work through that clinic's repositories.
 */
export async function clinicIdForSlug(service: CasefileService, slug: string): Promise<string | undefined> {
  const result = await service.entities.clinicSlug.get({ slug }).go();
  return result.data?.clinicId;
}
