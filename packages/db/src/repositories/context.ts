import type { CasefileService } from '../service';

/** Everything a repository needs for one request: the clinic it is bound to and who is acting. */
export interface RepositoryContext {
  service: CasefileService;
  clinicId: string;
  /** The acting user's id (token subject), or a system actor such as `system:seed`. */
  actor: string;
  now: () => Date;
  newId: () => string;
}

export interface RecordMeta {
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  version: number;
}

export function stampNew(ctx: RepositoryContext): RecordMeta {
  const at = ctx.now().toISOString();
  return { createdAt: at, updatedAt: at, createdBy: ctx.actor, updatedBy: ctx.actor, version: 1 };
}

export function stampUpdate<T extends RecordMeta>(ctx: RepositoryContext, current: T): RecordMeta {
  return {
    createdAt: current.createdAt,
    createdBy: current.createdBy,
    updatedAt: ctx.now().toISOString(),
    updatedBy: ctx.actor,
    version: current.version + 1,
  };
}

/** Applies a PATCH body: a value sets the field, null clears it, an absent field stays as it was. */
export function applyPatch<T extends object>(current: T, patch: object): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch) as [string, unknown][]) {
    if (value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next as T;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}
