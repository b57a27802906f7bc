/**
 * What the signed-in member may do, as the API's permission table says (`GET /api/me/access`), so
 * the console offers only what the API would accept. While it loads, nothing is offered.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';

export type Action = Schemas['Access']['actions'][number];

export function useAccess(): { can(action: Action): boolean; loaded: boolean; role: string | undefined } {
  const access = useQuery({ queryKey: ['access'], staleTime: 60_000, queryFn: () => unwrap(api.GET('/api/me/access')) });
  const actions = new Set(access.data?.actions ?? []);
  return { can: (action) => actions.has(action), loaded: access.isSuccess, role: access.data?.role };
}
