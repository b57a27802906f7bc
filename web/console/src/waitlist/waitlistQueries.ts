/** The waitlist through the API; every change refreshes the lists. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';

export function useWaitlist(status: Schemas['WaitlistEntry']['status']) {
  return useQuery({ queryKey: ['waitlist', status], queryFn: () => unwrap(api.GET('/api/waitlist', { params: { query: { status } } })) });
}

export function useEntryOffers(entryId: string) {
  return useQuery({ queryKey: ['waitlist', 'offers', entryId], queryFn: () => unwrap(api.GET('/api/waitlist/{id}/offers', { params: { path: { id: entryId } } })) });
}

export function useSlotMatches(slot: { calendarId: string; start: string; end: string } | undefined) {
  return useQuery({ queryKey: ['waitlist', 'matches', slot], enabled: Boolean(slot), queryFn: () => unwrap(api.GET('/api/waitlist/matches', { params: { query: slot! } })) });
}

export function useWaitlistChanges() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['waitlist'] });
  return {
    create: useMutation({ mutationFn: (body: Schemas['CreateWaitlistEntry']) => unwrap(api.POST('/api/waitlist', { body })), onSuccess: refresh }),
    update: useMutation({ mutationFn: ({ entryId, patch }: { entryId: string; patch: Schemas['UpdateWaitlistEntry'] }) => unwrap(api.PATCH('/api/waitlist/{id}', { params: { path: { id: entryId } }, body: patch })), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (entryId: string) => unwrap(api.DELETE('/api/waitlist/{id}', { params: { path: { id: entryId } } })), onSuccess: refresh }),
    offer: useMutation({ mutationFn: (body: Schemas['ManualWaitlistOffer']) => unwrap(api.POST('/api/waitlist/offers', { body })), onSuccess: refresh }),
  };
}
