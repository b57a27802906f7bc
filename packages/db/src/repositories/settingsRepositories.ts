import type {
  Clinic,
  CreateDiscipline,
  CreateLocation,
  Discipline,
  Location,
  UpdateClinic,
  UpdateDiscipline,
  UpdateLocation,
} from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export function createClinicRepository(ctx: RepositoryContext) {
  const entity = ctx.service.entities.clinic as unknown as VersionedEntity;
  const keys = { clinicId: ctx.clinicId };
  return {
    get: () => readOrThrow<Clinic>(entity, keys, 'Clinic'),
    update: (patch: UpdateClinic) => patchVersioned<Clinic & { version: number }>(ctx, entity, keys, patch, 'clinic'),
    /** Used by provisioning and the demo seed; there is no API route that creates clinics. */
    create: (settings: Omit<Clinic, 'clinicId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>) =>
      createVersioned<Clinic>(entity, { ...settings, ...keys, ...stampNew(ctx) }, 'clinic'),
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
