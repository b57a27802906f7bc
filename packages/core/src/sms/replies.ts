/**
 * What a client's SMS reply asks for (SPEC N1-N2): "C" confirms the visit, "X" asks to cancel it,
 * "STOP" (and the carriers' usual synonyms) opts the number out of the clinic's SMS, "START" opts it
 * back in. Anything else is passed to the front desk as it is.
 */
export type SmsReplyIntent = 'confirm' | 'cancel' | 'stop' | 'start' | 'other';

const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'ARRET']);
const START_WORDS = new Set(['START', 'UNSTOP', 'YES', 'OPTIN']);

export function readSmsReply(text: string): SmsReplyIntent {
  const word = text.trim().toUpperCase().replace(/[.!]+$/, '');
  if (word === 'C') return 'confirm';
  if (word === 'X') return 'cancel';
  if (STOP_WORDS.has(word.replace(/[\s-]/g, ''))) return 'stop';
  if (START_WORDS.has(word.replace(/[\s-]/g, ''))) return 'start';
  return 'other';
}
