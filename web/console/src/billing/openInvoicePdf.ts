/** Opens an invoice's PDF: fetched with the user's token (a plain link would carry none), shown from a blob URL. */
import { currentToken } from '../api/client';
import { problemToError } from '../api/apiError';

export async function openInvoicePdf(invoiceId: string): Promise<void> {
  const token = currentToken();
  const response = await fetch(`/api/invoices/${invoiceId}/pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw problemToError(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
