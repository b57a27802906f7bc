import {
  type Clinic,
  ConflictError,
  type CreateMember,
  type Member,
  type CreateDiscipline,
  type CreateLocation,
  type Discipline,
  type Location,
  type UpdateClinic,
  type UpdateDiscipline,
  type UpdateLocation,
} from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';
import { concurrentChange, isConditionFailure, isTransactionConflict } from './errors';
import { newMemberItem } from './memberRepository';

type NewClinic = Omit<Clinic, 'clinicId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

export function createClinicRepository(ctx: RepositoryContext) {
  const entity = ctx.service.entities.clinic as unknown as VersionedEntity;
  const keys = { clinicId: ctx.clinicId };
  return {
    get: () => readOrThrow<Clinic>(entity, keys, 'Clinic'),
    update: (patch: UpdateClinic) => patchVersioned<Clinic & { version: number }>(ctx, entity, keys, patch, 'clinic'),
    /**
     * Used by provisioning and the demo seed; there is no API route that creates clinics. The clinic
     * and the claim on its slug (the public booking address) are written together; a slug already
     * taken fails the whole write.
     */
    async create(settings: NewClinic): Promise<Clinic> {
      const item = { ...settings, ...keys, ...stampNew(ctx) };
      try {
        const result = await ctx.service.transaction
          .write(({ clinic, clinicSlug }) => [clinic.create(item as never).commit(), clinicSlug.create({ slug: settings.slug, clinicId: ctx.clinicId }).commit()])
          .go();
        if (result.canceled) throw concurrentChange('clinic');
      } catch (error) {
        if (isConditionFailure(error) || isTransactionConflict(error)) throw new ConflictError(`The address ${settings.slug} is taken.`, 'slug_taken', undefined, { cause: error });
        throw error;
      }
      return item as unknown as Clinic;
    },
    /**
     * Provisioning (`npm run create-clinic`): the clinic, its slug claim, and its first member with the
     * member's email claim, all in one transaction, so there is never a clinic without its owner.
     */
    async createWithOwner(settings: NewClinic, owner: CreateMember): Promise<{ clinic: Clinic; owner: Member }> {
      const item = { ...settings, ...keys, ...stampNew(ctx) };
      const member = newMemberItem(ctx, owner);
      try {
        const result = await ctx.service.transaction
          .write(({ clinic, clinicSlug, uniqueValue, member: members }) => [
            clinic.create(item as never).commit(),
            clinicSlug.create({ slug: settings.slug, clinicId: ctx.clinicId }).commit(),
            uniqueValue.create({ clinicId: ctx.clinicId, kind: 'memberEmail', value: member.email, ownerId: member.memberId }).commit(),
            members.create(member).commit(),
          ])
          .go();
        if (result.canceled) throw concurrentChange('clinic');
      } catch (error) {
        if (isConditionFailure(error) || isTransactionConflict(error)) {
          const taken = await ctx.service.entities.clinicSlug.get({ slug: settings.slug }).go({ consistent: true });
          if (taken.data) throw new ConflictError(`The address ${settings.slug} is taken.`, 'slug_taken', undefined, { cause: error });
          throw concurrentChange('clinic', error);
        }
        throw error;
      }
      return { clinic: item as unknown as Clinic, owner: member as Member };
    },
  };
}

/** Locations and disciplines: small per-clinic lists kept in the clinic's partition. */
function createClinicListRepository<T, TCreate extends object, TUpdate extends object>(
  ctx: RepositoryContext,
  entityName: 'location' | 'discipline',
  idField: 'locationId' | 'disciplineId',
  label: string,
) {
  const entity = ctx.service.entities[entityName] as unknown as VersionedEntity & {
    query: { primary(keys: { clinicId: string }): unknown };
  };
  const versioned = entity;
  const keysOf = (id: string) => ({ clinicId: ctx.clinicId, [idField]: id });
  return {
    list: (page: PageRequest): Promise<Page<T>> =>
      queryPage(entity.query.primary({ clinicId: ctx.clinicId }) as never, page),
    get: (id: string) => readOrThrow<T>(versioned, keysOf(id), label),
    create: (input: TCreate) =>
      createVersioned<T>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, label),
    update: (id: string, patch: TUpdate) =>
      patchVersioned(ctx, versioned, keysOf(id), patch, label) as unknown as Promise<T>,
  };
}

export const createLocationRepository = (ctx: RepositoryContext) =>
  createClinicListRepository<Location, CreateLocation, UpdateLocation>(ctx, 'location', 'locationId', 'Location');

export const createDisciplineRepository = (ctx: RepositoryContext) =>
  createClinicListRepository<Discipline, CreateDiscipline, UpdateDiscipline>(ctx, 'discipline', 'disciplineId', 'Discipline');
