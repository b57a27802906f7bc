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
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Duration, type SecretValue } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { AaaaRecord, ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER, VIEWER_ADDRESS_HEADER } from '../../../functions/src/http/originVerify';
import { CONTENT_SECURITY_POLICY } from '../../../functions/src/http/contentSecurityPolicy';
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
  /** The us-east-1 web ACL (edge stack); without it the distribution has none (tests of this stack alone). */
  webAclArn?: string | undefined;
  /** The clinic's own host name for the distribution, with its us-east-1 certificate and, optionally, its Route 53 zone. */
  customDomain?: { domainName: string; certificateArn: string; hostedZone?: { id: string; name: string } | undefined } | undefined;
  /** CloudFront sends it to the API as `x-origin-verify`; the handler answers only requests that carry it. */
  originVerifyValue?: SecretValue;
  /** Days CloudFront's access logs are kept in the log bucket. */
  accessLogDays?: number;
}

export class Web extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    const buckets = new SiteBuckets(this, 'Buckets', { accessLogDays: props.accessLogDays });
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
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      },
    });
    // The API's per-address limits need the client's address; behind CloudFront API Gateway sees an edge's.
    const viewerAddress = new CloudFrontFunction(this, 'ViewerAddress', {
      comment: 'Passes the viewer address to the API (x-viewer-address)',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(VIEWER_ADDRESS),
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

    const custom = props.customDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Casefile console, booking pages and API',
      webAclId: props.webAclArn,
      ...(custom
        ? {
            domainNames: [custom.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', custom.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
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
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            // Resolved by CloudFormation at deploy (a dynamic reference): the value never sits in the template.
            customHeaders: props.originVerifyValue ? { [ORIGIN_VERIFY_HEADER]: props.originVerifyValue.unsafeUnwrap() } : undefined,
          }),
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // With caching off this forwards Authorization; the Host header must stay API Gateway's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledge(this.distribution, { id: 'AwsSolutions-CFR1', reason: 'Clinics and their clients may be anywhere; no country is excluded by design.' });
    if (!props.webAclArn) {
      acknowledge(this.distribution, {
        id: 'AwsSolutions-CFR2',
        reason: 'Only when this stack is synthesized alone (tests): the app (casefileApp.ts) always passes the web ACL of the us-east-1 edge stack.',
      });
    }
    if (!custom) {
      acknowledge(this.distribution, {
        id: 'AwsSolutions-CFR4',
        reason: 'Without a custom domain (context domainName) the default *.cloudfront.net certificate cannot pin a minimum TLS version; with one, TLSv1.2_2021 is set.',
      });
    } else if (custom.hostedZone) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: custom.hostedZone.id, zoneName: custom.hostedZone.name });
      const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
      new ARecord(this, 'AliasV4', { zone, recordName: custom.domainName, target });
      new AaaaRecord(this, 'AliasV6', { zone, recordName: custom.domainName, target });
    }

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

// The address CloudFront saw the viewer at, overwriting anything the viewer sent under that name; the
// handler trusts it only on requests that also carry the origin secret, which only CloudFront adds.
const VIEWER_ADDRESS = `
function handler(event) {
  event.request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return event.request;
}
`;

// Paths that do not end in a static file's extension are client-side routes of the console or the
// booking pages. A dot alone does not make a file: a client route may hold a dotted segment.
const SPA_REWRITE = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (/\\.(html|js|mjs|css|map|json|txt|ico|png|jpg|jpeg|gif|svg|webp|avif|woff2?|webmanifest)$/i.test(uri)) return request;
  request.uri = uri === '/${BOOKING_PREFIX}' || uri.indexOf('/${BOOKING_PREFIX}/') === 0 ? '/${BOOKING_PREFIX}/index.html' : '/index.html';
  return request;
}
`;
