/** Move, copy, repeat and series routes (SPEC A4), part of the route table. */
import type { RouteDefinition } from './routes';

export const MOVE_ROUTES: readonly RouteDefinition[] = [];
