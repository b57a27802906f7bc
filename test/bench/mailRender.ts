/**
 * `npx tsx test/bench/mailRender.ts [--count 2000]`: the time to render one mail (subject, HTML and
 * text) through the MJML-compiled layout and Mustache, per kind, after a warm-up; the median of five
 * rounds, beside the hand-built layout it replaced. The cold figure is the first mail of the process (template parse included).
 */
import { parseArgs } from 'node:util';
import { layoutMail as handBuiltLayout } from './mailRender/handBuiltLayout';
import { performance } from 'node:perf_hooks';
import { DEFAULT_TEMPLATES, layoutMail, messageValues, recallMail, renderNotification, waitlistOfferMail, type RenderedMessage } from '@casefile/core';

const { values: options } = parseArgs({ options: { count: { type: 'string', default: '2000' } } });
const count = Number(options.count);
const signature = { name: 'Riverside Physio & Rehab', address: '12 King St W, Toronto, ON M5H 1A1', phone: '+1 416 555 0199' };
const facts = { clientName: 'Mae', clinicName: signature.name, clinicPhone: signature.phone, start: '2026-06-05T14:00:00Z', previousStart: '2026-06-04T14:00:00Z', timeZone: 'America/Toronto', locationName: 'Downtown', providerName: 'Priya Patel' };
const url = `https://book.example.test/book/manage#${'t'.repeat(300)}`;

// Values are formatted outside the timed layout render for the notice (the use case does it once per delivery).
const values = messageValues(facts);
const body = { subject: 'Reminder: your appointment', html: '<p>Hello Mae,</p><p>This is a reminder of your appointment.</p>', text: 'Hello Mae,\n\nThis is a reminder of your appointment.\n', action: { label: 'See or change your booking', url }, signature };
const kinds: Record<string, () => RenderedMessage> = {
  'layout only: hand-built (before)': () => handBuiltLayout(body),
  'layout only: MJML shell + Mustache': () => layoutMail(body),
  'reminder (client)': () => renderNotification({ kind: 'reminder', audience: 'client', template: DEFAULT_TEMPLATES.reminder, values, signature, manage: { label: 'See or change your booking', url } }),
  'reschedule (provider)': () => renderNotification({ kind: 'reschedule', audience: 'provider', template: DEFAULT_TEMPLATES.reschedule, values, signature }),
  'waitlist offer (incl. date formatting)': () => waitlistOfferMail(facts, url, '2026-06-05T12:00:00Z', signature),
  recall: () => recallMail(facts, signature),
};

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
for (const [name, render] of Object.entries(kinds)) {
  const start = performance.now();
  const first = render();
  const coldMs = performance.now() - start;
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const begin = performance.now();
    for (let i = 0; i < count; i++) render();
    rounds.push(((performance.now() - begin) * 1000) / count);
  }
  process.stdout.write(`${name.padEnd(40)} first ${coldMs.toFixed(2)} ms, then ${median(rounds).toFixed(1)} µs/mail; html ${(first.html.length / 1024).toFixed(1)} KB, text ${first.text.length} B\n`);
}
