/**
 * Mustache for mail: HTML escapes the five characters that matter in text and attributes (not `/` or
 * `=`, so an address in an href stays readable in the source); the text part escapes nothing.
 * Templates are parsed once and cached by Mustache.
 */
import Mustache from 'mustache';
import { escapeHtml } from '../templateVariables';

const plain = (value: unknown) => String(value);

export function renderHtml(template: string, view: object): string {
  return Mustache.render(template, view, undefined, { escape: (value: unknown) => escapeHtml(String(value)) });
}

export function renderText(template: string, view: object): string {
  return Mustache.render(template, view, undefined, { escape: plain });
}

/** A message body written once as Mustache templates: subject and text unescaped, HTML escaped. */
export interface MailTemplates {
  subject: string;
  html: string;
  text: string;
}

export function renderBody(templates: MailTemplates, view: object): { subject: string; html: string; text: string } {
  return { subject: renderText(templates.subject, view), html: renderHtml(templates.html, view), text: renderText(templates.text, view) };
}
