/**
 * Answers what Node's HTTP parser refuses before a request exists (headers over the size limit, a
 * malformed request line) with a problem document, where Node alone writes an empty 431 or 400.
 */
import type { Socket } from 'node:net';

const PARSER_REFUSALS: Record<string, { status: number; reason: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    detail: 'The request headers are larger than this server accepts; send a shorter Authorization or Cookie header.',
  },
};

const MALFORMED = { status: 400, reason: 'Bad Request', detail: 'The request is not valid HTTP.' };

/** A `clientError` listener for `http.Server`: one problem document, then the connection closes. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const refusal = PARSER_REFUSALS[error.code ?? ''] ?? MALFORMED;
  const payload = JSON.stringify({ type: 'about:blank', title: refusal.reason, status: refusal.status, detail: refusal.detail });
  socket.end(
    `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\n` +
      'content-type: application/problem+json\r\n' +
      `content-length: ${Buffer.byteLength(payload)}\r\n` +
      'connection: close\r\n\r\n' +
      payload,
  );
}
