/** An operation's answer that is not JSON (an invoice PDF): sent base64-encoded, as API Gateway expects. */
export class BinaryBody {
  constructor(
    readonly contentType: string,
    readonly bytes: Uint8Array,
    readonly fileName?: string,
  ) {}
}
