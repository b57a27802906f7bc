import type { Operation } from '../../http/createApiHandler';

// Placeholder: move, copy, repeat and series operations (SPEC A4) replace this.
export const moveOperations: Readonly<Record<string, Operation>> = {};
