/**
 * The Content-Security-Policy of the console and the booking pages: scripts only from our own origin
 * (no inline script, no eval), nothing may frame them, and they talk only to our origin, Cognito's
 * sign-in domain and the presigned case-document URLs, which the console also shows as image and PDF
 * previews. Inline styles stay allowed: the console's component library sets style attributes.
 * CloudFront's response headers policy sends it, and the local gateway sends the same policy with its
 * S3 twin as the document origin, so the browser tests run under it.
 */
export function contentSecurityPolicy(documentOrigins: readonly string[] = ['https://*.amazonaws.com']): string {
  const documents = documentOrigins.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${documents}`,
    "font-src 'self'",
    `connect-src 'self' https://*.amazoncognito.com ${documents}`,
    `frame-src ${documents}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
