// The hand-built layout this replaced (b5a4fc8), kept only so mailRender.ts can compare render times.
import { escapeHtml } from '../../../packages/core/src/notifications/templateVariables';
import { type MailBody, type RenderedMessage, signatureLines } from '../../../packages/core/src/notifications/mailLayout';

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;';

export function layoutMail(body: MailBody): RenderedMessage {
  const footer = signatureLines(body.signature);
  const intro = body.actionIntro ? `<p style="margin:0 0 12px;">${escapeHtml(body.actionIntro)}</p>` : '';
  const action = body.action
    ? `${intro}<p style="margin:16px 0;"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:4px;font-weight:bold;">${escapeHtml(body.action.label)}</a></p>`
    : intro;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(body.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f6f8;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f8;"><tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:6px;"><tr><td style="padding:24px;${FONT}">`,
    `<div style="${FONT}">${body.html}</div>`,
    action,
    `<hr style="border:none;border-top:1px solid #d9dee3;margin:24px 0 12px;">`,
    `<p style="margin:0;font-size:14px;color:#52606d;">${footer.map(escapeHtml).join('<br>')}</p>`,
    `</td></tr></table></td></tr></table></body></html>`,
  ].join('');
  const actionText = body.action ? `\n\n${body.actionIntro ? `${body.actionIntro}\n` : ''}${body.action.label}: ${body.action.url}` : body.actionIntro ? `\n\n${body.actionIntro}` : '';
  const text = `${body.text.trimEnd()}${actionText}\n\n--\n${footer.join('\n')}\n`;
  return { subject: body.subject, html, text };
}
