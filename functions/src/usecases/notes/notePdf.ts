import type { PDFFont, PDFPage } from 'pdf-lib';
import { type NoteSection, type NoteValue } from '@casefile/core';
import type { StoredNote, StoredNoteAddendum } from '@casefile/db';

export interface NotePdfContext {
  clinicName: string;
  clinicContact: string;
  clientName: string;
  dateOfBirth?: string | undefined;
  caseLabel: string;
  visit?: string | undefined;
  providerName: string;
  providerTitle?: string | undefined;
  registrationNumber?: string | undefined;
  signedAtLocal?: string | undefined;
  addenda: readonly (StoredNoteAddendum & { authorName: string; signedAtLocal: string })[];
}

const PAGE: [number, number] = [595.28, 841.89];
const LEFT = 50;
const WIDTH = 495;

/** A chart note as an A4 PDF (pdf-lib, as invoices are; standard Helvetica: WinAnsi text only). */
export async function renderNotePdf(note: StoredNote, context: NotePdfContext): Promise<Uint8Array> {
  // Loaded on the first PDF, not at the notes function's cold start.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${note.templateName} - ${context.clientName}`);
  pdf.setCreator('Casefile');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage(PAGE);
  let y = 800;
  const advance = (by: number) => {
    y -= by;
    if (y < 60) {
      page = pdf.addPage(PAGE);
      y = 800;
    }
  };
  const write = (text: string, size = 10, face: PDFFont = font, x = LEFT) => {
    for (const line of wrap(safe(text), face, size, WIDTH - (x - LEFT))) {
      page.drawText(line, { x, y, size, font: face, color: rgb(0.1, 0.1, 0.1) });
      advance(size + 5);
    }
  };

  write(context.clinicName, 16, bold);
  if (context.clinicContact) write(context.clinicContact, 9);
  advance(8);
  write(note.templateName, 13, bold);
  if (note.status !== 'signed') write('DRAFT - NOT SIGNED', 11, bold);
  write(`Client: ${context.clientName}${context.dateOfBirth ? `   Date of birth: ${context.dateOfBirth}` : ''}`);
  write(`Case: ${context.caseLabel}${context.visit ? `   Visit: ${context.visit}` : ''}`);
  write(`Provider: ${providerLine(context)}`);
  advance(8);
  for (const section of note.sections) {
    write(section.label, 11, bold);
    write(formatValue(section, note.values[section.key]));
    advance(4);
  }
  advance(12);
  page.drawLine({ start: { x: LEFT, y: y + 8 }, end: { x: LEFT + 250, y: y + 8 }, thickness: 0.7, color: rgb(0.2, 0.2, 0.2) });
  advance(4);
  if (note.status === 'signed') {
    write(`Electronically signed by ${providerLine(context)} on ${context.signedAtLocal ?? note.signedAt}`, 9);
    write(`SHA-256: ${note.contentHash}`, 8);
  } else {
    write('Signature: not signed', 9);
  }
  for (const addendum of context.addenda) {
    advance(10);
    write(`Addendum, ${addendum.signedAtLocal}, by ${addendum.authorName}`, 11, bold);
    write(addendum.text);
    write(`SHA-256: ${addendum.contentHash}`, 8);
  }
  return pdf.save();
}

function providerLine(context: NotePdfContext): string {
  const parts = [context.providerName, context.providerTitle, context.registrationNumber ? `Reg. no. ${context.registrationNumber}` : undefined];
  return parts.filter(Boolean).join(', ');
}

function formatValue(section: NoteSection, value: NoteValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '-';
  if (Array.isArray(value)) return value.join(', ');
  if (section.kind === 'scale') return `${value} / 10`;
  return String(value);
}

/** Breaks text into lines that fit the width, keeping the writer's own line breaks. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Standard fonts encode WinAnsi only: anything else is replaced rather than failing the render. */
function safe(text: string): string {
  return text.replace(/\r/g, '').replace(/[^\n\x20-\x7E\u00A0-\u00FF]/g, '?');
}
