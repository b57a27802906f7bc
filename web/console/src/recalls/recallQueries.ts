/** Recalls and their rules through the API, cached by TanStack Query; a dismissal or rule change refreshes the lists. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';

export interface RecallFilter {
  status?: Schemas['Recall']['status'];
  dismissed: 'true' | 'false' | 'all';
}

export function useRecalls(filter: RecallFilter) {
  return useQuery({ queryKey: ['recalls', filter], queryFn: () => unwrap(api.GET('/api/recalls', { params: { query: filter } })) });
}

/** While the re-plan of a save runs, the rules are read again every few seconds so its progress shows. */
const REPLAN_POLL_MS = 3000;

export function useRecallRules() {
  return useQuery({
    queryKey: ['recall-rules'],
    queryFn: () => unwrap(api.GET('/api/recall-rules')),
    refetchInterval: (query) => (query.state.data?.replan?.status === 'running' ? REPLAN_POLL_MS : false),
  });
}

export function useRecallChanges() {
  const queryClient = useQueryClient();
  return {
    dismiss: useMutation({ mutationFn: (recallId: string) => unwrap(api.POST('/api/recalls/{id}/dismiss', { params: { path: { id: recallId } } })), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['recalls'] }) }),
    saveRules: useMutation({ mutationFn: (body: Schemas['RecallRules']) => unwrap(api.PUT('/api/recall-rules', { body })), onSuccess: () => Promise.all(['recall-rules', 'recalls'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))) }),
  };
}
