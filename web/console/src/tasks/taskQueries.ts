/** Tasks and members through the API, cached by TanStack Query; every change refreshes the lists and the header counts. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import type { TaskFilter } from './taskView';

export function useTasks(filter: TaskFilter) {
  return useQuery({ queryKey: ['tasks', filter], queryFn: () => unwrap(api.GET('/api/tasks', { params: { query: filter } })) });
}

export function useTaskCounts() {
  return useQuery({ queryKey: ['tasks', 'counts'], refetchInterval: 60_000, queryFn: () => unwrap(api.GET('/api/tasks/counts')) });
}

export function useMembers() {
  return useQuery({ queryKey: ['members'], staleTime: 5 * 60_000, queryFn: () => unwrap(api.GET('/api/members', { params: { query: { limit: 100 } } })) });
}

export function useTaskChanges() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });
  return {
    create: useMutation({ mutationFn: (body: Schemas['CreateTask']) => unwrap(api.POST('/api/tasks', { body })), onSuccess: refresh }),
    update: useMutation({ mutationFn: ({ taskId, patch }: { taskId: string; patch: Schemas['UpdateTask'] }) => unwrap(api.PATCH('/api/tasks/{id}', { params: { path: { id: taskId } }, body: patch })), onSuccess: refresh }),
    comment: useMutation({ mutationFn: ({ taskId, text }: { taskId: string; text: string }) => unwrap(api.POST('/api/tasks/{id}/comments', { params: { path: { id: taskId } }, body: { text } })), onSuccess: refresh }),
  };
}
