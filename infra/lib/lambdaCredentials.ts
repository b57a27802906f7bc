/**
 * Stands in for `@aws-sdk/credential-provider-node` in Lambda bundles. Its default chain tries SSO,
 * ini files, process, web identity and instance metadata before it could ever matter, and bundles all
 * of them (with the nested STS/SSO clients) into every function. Lambda always hands a function its
 * role's credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, which is the
 * one source `fromEnv` reads. Local runs and tests do not bundle and keep the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
