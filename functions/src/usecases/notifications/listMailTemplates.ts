import { DEFAULT_TEMPLATES, MESSAGE_KINDS } from '@casefile/core';
import type { StaffContext } from '../context';

/** Every kind of message with the clinic's template, or the default one. */
export async function listMailTemplates({ repos }: Pick<StaffContext, 'repos'>) {
  const custom = new Map((await repos.notifications.templates()).map((template) => [template.kind, template]));
  return { items: MESSAGE_KINDS.map((kind) => ({ ...(custom.get(kind) ?? DEFAULT_TEMPLATES[kind]), custom: custom.has(kind) })) };
}
