import {
  type CaseFile,
  type Client,
  type ClientSearchQuery,
  clientSortName,
  type CreateClient,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  NotFoundError,
  type UpdateClient,
} from '@casefile/core';
import { type Page, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';


type StoredClient = Client & { version: number; sortName: string; emailKey: string; phoneKey: string };

/** The index keys client search uses, derived from the client's own fields. */
export function withSearchKeys<T extends Pick<Client, 'firstName' | 'lastName' | 'email' | 'phone' | 'mobilePhone'>>(client: T) {
  const { emailKey: _e, phoneKey: _p, ...rest } = client as T & { emailKey?: string; phoneKey?: string };
  const phone = client.mobilePhone ?? client.phone;
  return {
    ...rest,
    sortName: clientSortName(client.firstName, client.lastName),
    emailKey: client.email ? normalizeEmail(client.email) : '',
    phoneKey: phone ? normalizePhone(phone) : '',
  };
}

/** Search keys are storage details: the API never shows them. */
export function toClient(stored: StoredClient | Record<string, unknown>): Client {
  const { sortName: _s, emailKey: _e, phoneKey: _p, ...client } = stored as StoredClient;
  return client;
}

export function createClientRepository(ctx: RepositoryContext) {
  const { client: clientEntity } = ctx.service.entities;
  const versioned: VersionedEntity = clientEntity;
  const keysOf = (clientId: string) => ({ clinicId: ctx.clinicId, clientId });

  return {
    async create(input: CreateClient): Promise<Client> {
      const item = withSearchKeys({ ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) });
      return toClient(await createVersioned<StoredClient>(versioned, item, 'client'));
    },

    get: async (clientId: string) => toClient(await readOrThrow<StoredClient>(versioned, keysOf(clientId), 'Client')),

    /** Several clients at once (BatchGetItem); ids not found are left out. */
    async getMany(clientIds: readonly string[]): Promise<Client[]> {
      if (clientIds.length === 0) return [];
      const result = await clientEntity.get(clientIds.map(keysOf)).go();
      return result.data.filter(Boolean).map((item) => toClient(item as StoredClient));
    },

    /** The client and every case file of theirs: one Query on the `clientFile` collection. */
    async getWithCases(clientId: string): Promise<{ client: Client; cases: CaseFile[] }> {
      const result = await ctx.service.collections.clientFile(keysOf(clientId)).go({ pages: 'all' });
      const client = result.data.client[0];
      if (!client) throw new NotFoundError('Client');
      return { client: toClient(client as StoredClient), cases: result.data.caseFile as CaseFile[] };
    },

    update: async (clientId: string, patch: UpdateClient) =>
      toClient(
        await patchVersioned<StoredClient>(ctx, versioned, keysOf(clientId), patch, 'Client', (_current, merged) =>
          withSearchKeys(merged) as StoredClient,
        ),
      ),

    /** Clients stored under any of these phone keys (one Query each on the phone index). */
    async findByPhoneKeys(phoneKeys: readonly string[], limit: number): Promise<Client[]> {
      const pages = await Promise.all(phoneKeys.map((phoneKey) => clientEntity.query.byPhone({ clinicId: ctx.clinicId, phoneKey }).go({ limit })));
      return pages.flatMap((page) => page.data.map((item) => toClient(item as StoredClient)));
    },

    /**
     * Up to `max` clients in family-name order (Query on the name index, page after page): what a
     * given-name search reads while the name index is keyed by family name.
     */
    async listByName(max: number): Promise<Client[]> {
      const result = await clientEntity.query.byName({ clinicId: ctx.clinicId }).go({ pages: 'all', limit: max });
      return result.data.slice(0, max).map((item) => toClient(item as StoredClient));
    },

    /** Each kind of search is one Query on its own index; no filter expressions, no scans. */
    search(query: ClientSearchQuery): Promise<Page<Client>> {
      const page = { limit: query.limit, cursor: query.cursor };
      const clinicId = ctx.clinicId;
      if (query.email !== undefined) {
        return queryPage(clientEntity.query.byEmail({ clinicId, emailKey: normalizeEmail(query.email) }), page, toClient);
      }
      if (query.phone !== undefined) {
        return queryPage(clientEntity.query.byPhone({ clinicId, phoneKey: normalizePhone(query.phone) }), page, toClient);
      }
      const byName = clientEntity.query.byName({ clinicId });
      const prefix = query.name === undefined ? '' : normalizeName(query.name);
      return queryPage((prefix ? byName.begins({ sortName: prefix }) : byName), page, toClient);
    },
  };
}
