/** Reads what the API sent through the local SES endpoint, from its store (`GET /store`). */
interface StoredMail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  /** Epoch seconds. */
  at: number;
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  /** Epoch milliseconds it was sent. */
  at: number;
}

export async function listMail(sesUrl: string): Promise<Mail[]> {
  const response = await fetch(`${sesUrl}/store`);
  const store = (await response.json()) as { emails: StoredMail[] };
  return store.emails.map((mail) => ({ to: mail.destination.to, subject: mail.subject, text: mail.body.text ?? stripTags(mail.body.html ?? ''), at: mail.at * 1000 }));
}

/** The first mail to `to` that `matches`, waiting up to `timeoutMs` for it to arrive. */
export async function waitForMail(sesUrl: string, to: string, matches: (mail: Mail) => boolean, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMail(sesUrl)).find((mail) => mail.to.some((address) => address.toLowerCase().includes(to.toLowerCase())) && matches(mail));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} arrived within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stripTags(html: string): string {
  return html.replace(/<a [^>]*href="([^"]*)"[^>]*>/g, ' $1 ').replace(/<[^>]+>/g, ' ');
}
