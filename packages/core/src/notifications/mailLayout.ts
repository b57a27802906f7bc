/**
 * The frame every client and staff mail shares (issue 16, mail): a body, an optional action shown as
 * link text (the plain-text part spells the address out, as it must), and a footer naming the
 * clinic, its address and phone.
 *
 * The HTML is MJML's (mail/layout.mjml, compiled at build time into mailLayout.generated.ts:
 * responsive, role="presentation" tables, Outlook fallbacks, `lang` and a title); Mustache fills it
 * and the plain-text part at send time. MJML itself stays out of the Lambdas: its compiler and
 * minifier weigh megabytes, Mustache about 10 KB. Evaluated Dec 2026 against react-email (React and
 * react-dom/server in every mail function) and Handlebars (a compiler of ~75 KB and a bundler
 * warning for a logic-less job).
 */
import { MAIL_LAYOUT_HTML } from './mail/mailLayout.generated';
import { renderHtml, renderText } from './mail/mustacheMail';

export interface ClinicSignature {
  name: string;
  address?: string | undefined;
  phone?: string | undefined;
}

export interface MailAction {
  label: string;
  url: string;
}

export interface MailBody {
  subject: string;
  /** Already filled (values escaped). */
  html: string;
  text: string;
  action?: MailAction | undefined;
  /** A sentence shown just before the action (plain text). */
  actionIntro?: string | undefined;
  signature: ClinicSignature;
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
}

const TEXT_LAYOUT = `{{{body}}}{{#intro}}

{{{intro}}}{{/intro}}{{#action}}{{^intro}}
{{/intro}}
{{{label}}}: {{{url}}}{{/action}}

--
{{#signature}}{{{.}}}
{{/signature}}`;

export function signatureLines(signature: ClinicSignature): string[] {
  return [signature.name, signature.address, signature.phone].filter((line): line is string => Boolean(line?.trim()));
}

/** The first line of the text part, which inboxes show beside the subject. */
function previewOf(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line.length > 0 && !/^(hello|hi)\b/i.test(line)) ?? '';
}

export function layoutMail(body: MailBody): RenderedMessage {
  const view = {
    subject: body.subject,
    preview: previewOf(body.text),
    bodyHtml: body.html,
    action: body.action,
    intro: body.actionIntro,
    signature: signatureLines(body.signature),
  };
  return {
    subject: body.subject,
    html: renderHtml(MAIL_LAYOUT_HTML, view),
    text: renderText(TEXT_LAYOUT, { ...view, body: body.text.trimEnd() }),
  };
}
