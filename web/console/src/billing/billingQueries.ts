/** The billing reads of one case, shared by the appointment panel and the case page. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

export const billingKeys = {
  charges: (caseId: string) => ['charges', caseId] as const,
  invoices: (caseId: string) => ['invoices', caseId] as const,
  balance: (caseId: string) => ['balance', caseId] as const,
  billing: (caseId: string) => ['case-billing', caseId] as const,
  payments: (clientId: string) => ['payments', clientId] as const,
};

export function useCaseCharges(caseId: string, refetchInterval: number | false = false) {
  return useQuery({ queryKey: billingKeys.charges(caseId), refetchInterval, queryFn: () => unwrap(api.GET('/api/cases/{id}/charges', { params: { path: { id: caseId } } })) });
}

export function useCaseInvoices(caseId: string) {
  return useQuery({ queryKey: billingKeys.invoices(caseId), queryFn: () => unwrap(api.GET('/api/cases/{id}/invoices', { params: { path: { id: caseId } } })) });
}

export function useCaseBalance(caseId: string) {
  return useQuery({ queryKey: billingKeys.balance(caseId), queryFn: () => unwrap(api.GET('/api/cases/{id}/balance', { params: { path: { id: caseId } } })) });
}

export function useCaseBillingSetup(caseId: string) {
  return useQuery({ queryKey: billingKeys.billing(caseId), queryFn: () => unwrap(api.GET('/api/cases/{id}/billing', { params: { path: { id: caseId } } })) });
}

export function useClientPayments(clientId: string) {
  return useQuery({ queryKey: billingKeys.payments(clientId), queryFn: () => unwrap(api.GET('/api/clients/{id}/payments', { params: { path: { id: clientId } } })) });
}

/** After a billing change: everything of the case (and the booking context, which shows the balance). */
export function useRefreshBilling() {
  const queryClient = useQueryClient();
  return (caseId: string, clientId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: billingKeys.charges(caseId) }),
      queryClient.invalidateQueries({ queryKey: billingKeys.invoices(caseId) }),
      queryClient.invalidateQueries({ queryKey: billingKeys.balance(caseId) }),
      queryClient.invalidateQueries({ queryKey: billingKeys.billing(caseId) }),
      queryClient.invalidateQueries({ queryKey: ['booking-context', caseId] }),
      queryClient.invalidateQueries({ queryKey: ['aging'] }),
      ...(clientId ? [queryClient.invalidateQueries({ queryKey: billingKeys.payments(clientId) }), queryClient.invalidateQueries({ queryKey: ['statement', clientId] })] : []),
    ]);
}
