/** The form-request email: the clinic, the form's name and the link as link text; never any answers (SPEC P5). */
import { type ClinicSignature, layoutMail, type RenderedMessage, renderBody } from '@casefile/core';

const FORM_REQUEST = {
  subject: '{{clinicName}}: please fill in {{formName}}',
  text: 'Hello {{clientName}},\n\n{{clinicName}} asks you to fill in "{{formName}}" before your visit.\n',
  html: '<p>Hello {{clientName}},</p><p>{{clinicName}} asks you to fill in “{{formName}}” before your visit.</p>',
};

export function formRequestMail(input: { clientName: string; formName: string; url: string; expiresAt: string }, signature: ClinicSignature): RenderedMessage {
  return layoutMail({
    ...renderBody(FORM_REQUEST, { ...input, clinicName: signature.name }),
    action: { label: 'Open the form', url: input.url },
    actionIntro: `The link works until ${input.expiresAt.slice(0, 10)}.`,
    signature,
  });
}
