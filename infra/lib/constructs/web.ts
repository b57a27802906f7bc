/**
 * The web front door: one CloudFront distribution serving the staff console (default), the booking
 * pages (`/book/*`) from a private bucket through origin access control, and `/api/*` from the HTTP API,
 * so browsers talk to one origin and the API needs no CORS.
 */
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import { SiteBuckets } from './siteBuckets';
import { WebDeployment } from './webDeployment';

export const BOOKING_PREFIX = 'book';
/** Two years, as HSTS preload lists ask. */
export const HSTS_MAX_AGE = Duration.days(730);
/** The console's runtime config (web/console/src/auth/authMethod.ts), written at deploy time. */
export const CONSOLE_CONFIG_KEY = 'console-config.json';

export interface WebProps {
  /** Encrypts the upload function's logs. */
  logKey: IKey;
  /** Host name of the HTTP API (`{id}.execute-api.{region}.amazonaws.com`). */
  apiDomainName: string;
  /** Built console (`web/console/dist`); skipped when absent. */
  consoleDir?: string;
  /** Written as `/console-config.json` in place of the build's local one (with the console only). */
  consoleConfig?: object;
  /** Built booking pages (`web/booking/dist`); skipped when absent. */
  bookingDir?: string;
}

export class Web extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    const buckets = new SiteBuckets(this, 'Buckets');
    this.bucket = buckets.site;
    this.logBucket = buckets.logs;

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Casefile: HSTS with subdomains, no framing, no sniffing, referrer only to our own origin',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });
    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'Serves each app index.html for client-side routes',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_REWRITE),
    });
    const staticBehavior: BehaviorOptions = {
      origin: siteOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: securityHeaders,
      compress: true,
      functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Casefile console, booking pages and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: staticBehavior,
      additionalBehaviors: {
        [`/${BOOKING_PREFIX}/*`]: staticBehavior,
        // Sign-in settings change with the stack, not with the console build: never served stale.
        [`/${CONSOLE_CONFIG_KEY}`]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // With caching off this forwards Authorization; the Host header must stay API Gateway's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledge(
      this.distribution,
      { id: 'AwsSolutions-CFR1', reason: 'Clinics and their clients may be anywhere; no country is excluded by design.' },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'A CloudFront web ACL must live in us-east-1 and this stack is region-agnostic; the API is throttled per stage and per public route meanwhile.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason: 'No custom domain yet: the default *.cloudfront.net certificate cannot pin a minimum TLS version. Add a certificate with TLSv1.2_2021 with the domain.',
      },
    );

    new WebDeployment(this, 'Deployment', {
      apps: {
        Console: {
          sourceDir: props.consoleDir,
          exclude: [`${BOOKING_PREFIX}/*`],
          runtimeConfig: props.consoleConfig ? { key: CONSOLE_CONFIG_KEY, data: props.consoleConfig } : undefined,
        },
        Booking: { sourceDir: props.bookingDir, prefix: BOOKING_PREFIX },
      },
      bucket: this.bucket,
      distribution: this.distribution,
      logKey: props.logKey,
    });
  }
}

// Paths that do not end in a static file's extension are client-side routes of the console or the
// booking pages. A dot alone does not make a file: manage links end in a signed token (a JWT, dotted).
const SPA_REWRITE = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (/\\.(html|js|mjs|css|map|json|txt|ico|png|jpg|jpeg|gif|svg|webp|avif|woff2?|webmanifest)$/i.test(uri)) return request;
  request.uri = uri === '/${BOOKING_PREFIX}' || uri.indexOf('/${BOOKING_PREFIX}/') === 0 ? '/${BOOKING_PREFIX}/index.html' : '/index.html';
  return request;
}
`;
