/** Which form templates a new online booking emails the client (K6); each must be one a request may use. */
import { ConflictError, type FormSettings, ValidationError } from '@casefile/core';
import type { StaffContext } from '../context';
import { findRequestableTemplate } from './formTemplates';

export async function getFormSettings({ repos }: StaffContext): Promise<FormSettings> {
  return { onlineBookingTemplateKeys: (await repos.formTemplates.getSettings())?.onlineBookingTemplateKeys ?? [] };
}

export async function putFormSettings({ repos }: StaffContext, input: FormSettings): Promise<FormSettings> {
  const keys = [...new Set(input.onlineBookingTemplateKeys)];
  const found = await Promise.all(keys.map((key) => findRequestableTemplate(repos, key)));
  const issues = keys.flatMap((key, index) => (found[index] ? [] : [{ path: `onlineBookingTemplateKeys.${index}`, message: `No form template ${key} (or it is retired).` }]));
  if (issues.length > 0) throw new ValidationError('Some form templates cannot be sent.', issues);
  const written = await repos.formTemplates.putSettings(await repos.formTemplates.getSettings(), keys);
  if (!written) throw new ConflictError('The form settings were changed by someone else at the same time; reload and try again.', 'concurrent_change');
  return { onlineBookingTemplateKeys: written.onlineBookingTemplateKeys };
}
