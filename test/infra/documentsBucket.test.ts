import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthStack } from './synthStack';

describe('the documents bucket', () => {
  let synth: ReturnType<typeof synthStack>;
  beforeAll(() => {
    synth = synthStack();
  });

  it('is KMS-encrypted with its own key, versioned, never public, and lets only the console origin upload and download', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) })] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['PUT', 'GET'], AllowedOrigins: [Match.objectLike({ 'Fn::Join': Match.anyValue() })] })] },
    });
  });

  it('refuses plain HTTP and is given by name to the files function and to imports and exports', () => {
    const policies = synth.template.findResources('AWS::S3::BucketPolicy');
    const documentsPolicy = Object.values(policies).find((policy) => JSON.stringify(policy).includes('Documents'));
    expect(JSON.stringify(documentsPolicy)).toContain('aws:SecureTransport');
    const functions = synth.template.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: { DOCUMENTS_BUCKET: Match.anyValue() } } } });
    expect(Object.keys(functions).map((id) => /^(?:Http|Streams)(files|imports|exports|transfers)/.exec(id)?.[1]).sort()).toEqual(['exports', 'files', 'imports', 'transfers']);
  });
});
