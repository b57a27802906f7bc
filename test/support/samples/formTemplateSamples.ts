/** Sample requests for the clinic's own form templates and its form settings, merged into sampleRequests.ts. */
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_FORM_TEMPLATE_IDS = { formTemplateId: '' };

export const FORM_TEMPLATE_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/form-templates/{id}': 'formTemplateId',
};

let unique = 0;

/** A small scored measure: one scale question, scored by its mean. */
export const sampleFormTemplate = () => ({
  name: `Sample check ${++unique}`,
  kind: 'outcome_measure',
  consentWording: 'My answers are true.',
  scoring: { rule: 'mean', label: 'Mean (0-10)' },
  fields: [{ key: 'pain', label: 'Pain today', type: 'scale', required: true, min: 0, max: 10, scored: true }],
});

export const FORM_TEMPLATE_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  createFormTemplate: () => sampleFormTemplate(),
  updateFormTemplate: () => ({ name: `Renamed check ${++unique}` }),
  // Empty: the samples' worlds book online too, and must not start mailing forms.
  putFormSettings: () => ({ onlineBookingTemplateKeys: [] }),
};

export const FORM_TEMPLATE_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  getFormTemplate: (fixture) => freshFormTemplate(fixture),
  updateFormTemplate: (fixture) => freshFormTemplate(fixture),
};

async function freshFormTemplate(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ templateKey: string }>('/api/form-templates', sampleFormTemplate());
  if (created.status !== 201) throw new Error(`Could not create a sample form template: ${created.status} ${created.text}`);
  return { formTemplateId: created.body.templateKey };
}
