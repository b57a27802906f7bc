/** A submitted form as a PDF (pdf-lib, as invoices): questions, answers, score, consent, signature and hash. */
import { ConflictError, type FormAnswer, type FormField } from '@casefile/core';
import type { StoredFormRequest } from '@casefile/db';
import { BinaryBody } from '../../http/binaryBody';
import { recordRead } from '../clinicalRecords/recordRead';
import type { StaffContext } from '../context';

export async function formPdf(ctx: StaffContext, formId: string): Promise<BinaryBody> {
  const form = await ctx.repos.formRequests.get(formId);
  if (form.status !== 'submitted') throw new ConflictError('Only a submitted form has a PDF.', 'form_not_submitted');
  const [clinic, client, caseFile] = await Promise.all([ctx.repos.clinic.get(), ctx.repos.clients.get(form.clientId), ctx.repos.cases.get(form.caseId)]);
  const bytes = await renderFormPdf(form, { clinicName: clinic.name, clientName: `${client.firstName} ${client.lastName}`, caseLabel: caseFile.caseLabel });
  await recordRead(ctx, { caseId: form.caseId, subjectType: 'formRequest', subjectId: formId, action: 'printed' });
  return new BinaryBody('application/pdf', bytes, `form-${formId}.pdf`);
}

export async function renderFormPdf(form: StoredFormRequest, context: { clinicName: string; clientName: string; caseLabel: string }): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(form.templateName);
  pdf.setCreator('Casefile');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595.28, 841.89]);
  let y = 800;
  const next = (step = 15) => {
    y -= step;
    if (y < 70) {
      page = pdf.addPage([595.28, 841.89]);
      y = 800;
    }
  };
  const write = (text: string, size = 10, face = font, x = 50) => {
    for (const line of wrap(safe(text), 95)) {
      page.drawText(line, { x, y, size, font: face, color: rgb(0.1, 0.1, 0.1) });
      next(size + 5);
    }
  };
  write(context.clinicName, 15, bold);
  write(form.templateName, 13, bold);
  write(`Client: ${context.clientName}    Case: ${context.caseLabel}`);
  write(`Submitted: ${form.submittedAt ?? ''}${form.filledBy === 'staff' ? '    Filled in by staff on the client\u2019s behalf' : ''}`);
  next();
  for (const field of form.template.fields) {
    write(field.label, 10, bold);
    write(formatAnswer(field, form.answers?.[field.key]), 10, font, 62);
  }
  if (form.score) {
    next();
    write(`${form.score.label}: ${form.score.value} (${form.score.answered} of ${form.score.of} scored questions answered)`, 11, bold);
  }
  next();
  write(form.signature?.consentWording ?? '', 9);
  write(`Signed by ${form.signature?.typedName ?? ''} at ${form.signature?.signedAt ?? ''} from ${form.signature?.ipAddress ?? ''}`, 9);
  if (form.signature?.image) {
    const png = await pdf.embedPng(Buffer.from(form.signature.image.split(',')[1] ?? '', 'base64'));
    const scaled = png.scaleToFit(220, 80);
    if (y - scaled.height < 70) next(scaled.height);
    page.drawImage(png, { x: 50, y: y - scaled.height, width: scaled.width, height: scaled.height });
    next(scaled.height + 10);
  }
  write(`SHA-256: ${form.sha256 ?? ''}`, 8);
  return pdf.save();
}

function formatAnswer(field: FormField, answer: FormAnswer | undefined): string {
  if (answer === undefined || answer === '') return '-';
  if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
  const label = (value: string) => field.choices?.find((choice) => choice.value === value)?.label ?? value;
  if (Array.isArray(answer)) return answer.map(label).join(', ');
  return typeof answer === 'string' ? label(answer) : String(answer);
}

/** Standard fonts encode WinAnsi only. */
function safe(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if ((line + ' ' + word).trim().length > width && line) {
        lines.push(line);
        line = word;
      } else line = `${line} ${word}`.trim();
    }
    lines.push(line);
  }
  return lines;
}
