/**
 * The Content-Security-Policy of the console and the booking pages: scripts only from our own origin
 * (no inline script, no eval), nothing may frame them, and they talk only to our origin, Cognito's
 * sign-in domain and S3's presigned document URLs. Inline styles stay allowed: the console's
 * component library sets style attributes. CloudFront's response headers policy sends it, and the
 * local gateway sends the same value with the static files, so the browser tests run under it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://*.amazoncognito.com https://*.amazonaws.com",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');
