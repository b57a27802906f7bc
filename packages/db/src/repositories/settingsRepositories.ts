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
import { type Page, type PageRequest, type RecordMeta, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';
import { concurrentChange, isConditionFailure, isTransactionConflict } from './errors';
import { newMemberItem } from './memberRepository';

type NewClinic = Omit<Clinic, 'clinicId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

export function createClinicRepository(ctx: RepositoryContext) {
  const entity: VersionedEntity = ctx.service.entities.clinic;
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
          .write(({ clinic, clinicSlug }) => [clinic.create(item).commit(), clinicSlug.create({ slug: settings.slug, clinicId: ctx.clinicId }).commit()])
          .go();
        if (result.canceled) throw concurrentChange('clinic');
      } catch (error) {
        if (isConditionFailure(error) || isTransactionConflict(error)) throw new ConflictError(`The address ${settings.slug} is taken.`, 'slug_taken', undefined, { cause: error });
        throw error;
      }
      return item;
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
            clinic.create(item).commit(),
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
      return { clinic: item, owner: member };
    },
  };
}

/** Locations and disciplines: small per-clinic lists kept in the clinic's partition. */
function createClinicListRepository<T extends object, TCreate extends object, TUpdate extends object>(
  ctx: RepositoryContext,
  versioned: VersionedEntity,
  list: (page: PageRequest) => Promise<Page<T>>,
  idField: 'locationId' | 'disciplineId',
  label: string,
) {
  const keysOf = (id: string) => ({ clinicId: ctx.clinicId, [idField]: id });
  return {
    list,
    get: (id: string) => readOrThrow<T>(versioned, keysOf(id), label),
    create: (input: TCreate) =>
      createVersioned<T>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, label),
    update: (id: string, patch: TUpdate) => patchVersioned<T & RecordMeta>(ctx, versioned, keysOf(id), patch, label),
  };
}

export function createLocationRepository(ctx: RepositoryContext) {
  const { location } = ctx.service.entities;
  const list = (page: PageRequest): Promise<Page<Location>> => queryPage(location.query.primary({ clinicId: ctx.clinicId }), page);
  return createClinicListRepository<Location, CreateLocation, UpdateLocation>(ctx, location, list, 'locationId', 'Location');
}

export function createDisciplineRepository(ctx: RepositoryContext) {
  const { discipline } = ctx.service.entities;
  const list = (page: PageRequest): Promise<Page<Discipline>> => queryPage(discipline.query.primary({ clinicId: ctx.clinicId }), page);
  return createClinicListRepository<Discipline, CreateDiscipline, UpdateDiscipline>(ctx, discipline, list, 'disciplineId', 'Discipline');
}
