/** The form-link tools, built once per container from the public-link secret, and the page a link opens. */
import { createFormLinks, type FormLinks } from '@casefile/adapters/tokens/formLinks';
import { readPublicLinkSecret } from '@casefile/adapters/tokens/publicLinkSecret';
import type { Runtime } from '../../runtime';

let links: Promise<FormLinks> | undefined;

export function formLinks(runtime: Runtime): Promise<FormLinks> {
  links ??= readPublicLinkSecret().then((secret) => createFormLinks(secret, () => runtime.clock.now()));
  return links.catch((error) => {
    links = undefined;
    throw error;
  });
}

/** The token rides after `#`: browsers never send the fragment to a server, so it stays out of access logs. */
export function formPageUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  const site = (env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  return `${site}/book/forms/#${token}`;
}
