/**
 * The local stand-in for a phone (SPEC N1-N2), beside the mail viewer: `GET /_local/sms` lists the SMS
 * outbox (texts sent, replies received) with a form to reply as a phone would; `POST /api/_local/sms/reply
 * {"from","text"}` records the reply and hands it to the same handler as the two-way SNS destination.
 * Neither exists in the deployed API.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { LocalSmsOutbox, type OutboxMessage } from '@casefile/adapters/sms/localSmsOutbox';
import { handleInboundSms } from '@casefile/functions/events/smsReplies';
import { sendJson, sendProblem } from '../http/responses';

export const SMS_VIEWER_PATH = '/_local/sms';
export const SMS_REPLY_PATH = '/api/_local/sms/reply';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function smsViewerPage(messages: readonly OutboxMessage[]): string {
  const rows = [...messages]
    .reverse()
    .map((message) => `<tr><td>${escape(message.at)}</td><td>${message.direction === 'inbound' ? 'reply from' : 'to'} ${escape(message.to)}</td><td>${escape(message.body)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local SMS</title>
<style>body{font:14px system-ui;margin:1rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}</style></head>
<body><h1>Local SMS outbox</h1>
<form id="reply"><label>From <input name="from" placeholder="+14165550100" required></label> <label>Reply <input name="text" placeholder="C, X, STOP, START" required></label> <button>Send as the phone</button> <output></output></form>
<table><thead><tr><th>At</th><th>Who</th><th>Text</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No texts yet.</td></tr>'}</tbody></table>
<script>document.getElementById('reply').addEventListener('submit',async(e)=>{e.preventDefault();const f=new FormData(e.target);
const r=await fetch('${SMS_REPLY_PATH}',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({from:f.get('from'),text:f.get('text')})});
e.target.querySelector('output').textContent=(await r.json()).outcome??r.status;setTimeout(()=>location.reload(),600);});</script>
</body></html>`;
}

export async function answerSmsViewer(res: ServerResponse, outboxFile: string): Promise<void> {
  const page = smsViewerPage(await new LocalSmsOutbox(outboxFile).list());
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page);
}

export async function answerSmsReply(res: ServerResponse, body: Buffer, outboxFile: string): Promise<void> {
  let reply: { from?: unknown; text?: unknown } | undefined;
  try {
    reply = JSON.parse(body.toString('utf8')) as typeof reply;
  } catch {
    reply = undefined;
  }
  if (typeof reply?.from !== 'string' || typeof reply.text !== 'string' || reply.text.length > 1600) {
    sendProblem(res, 400, 'Bad Request', 'Send a JSON body like {"from":"+14165550100","text":"C"}.');
    return;
  }
  await new LocalSmsOutbox(outboxFile).recordReply(reply.from, reply.text);
  const outcome = await handleInboundSms({ originationNumber: reply.from, messageBody: reply.text, inboundMessageId: randomUUID() });
  sendJson(res, 200, { outcome });
}
