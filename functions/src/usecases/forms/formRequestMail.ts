/** The form-request email: the clinic, the form's name and the link; never any answers (SPEC P5). */
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function formRequestMail(input: { clientName: string; clinicName: string; formName: string; url: string; expiresAt: string }): { subject: string; html: string; text: string } {
  const until = input.expiresAt.slice(0, 10);
  const text = `Hello ${input.clientName},\n\n${input.clinicName} asks you to fill in "${input.formName}" before your visit:\n${input.url}\n\nThe link works until ${until}.\n`;
  const html = `<p>Hello ${escape(input.clientName)},</p><p>${escape(input.clinicName)} asks you to fill in “${escape(input.formName)}” before your visit.</p><p><a href="${escape(input.url)}">Open the form</a></p><p>The link works until ${until}.</p>`;
  return { subject: `${input.clinicName}: please fill in ${input.formName}`, html, text };
}
