/** "Why can't I book here?": the availability engine's reasons (C7) in the words front desk reads. */
import type { Schemas } from '../api/client';

type Explanation = Schemas['Explanation'];

export interface ExplanationSummary {
  headline: string;
  tone: 'green' | 'yellow' | 'red';
  reasons: string[];
}

export function explanationSummary(explanation: Explanation): ExplanationSummary {
  const staffReasons = explanation.reasons.filter((reason) => reason.scope === 'all').map((reason) => reason.message);
  const onlineReasons = explanation.reasons.filter((reason) => reason.scope === 'online').map((reason) => `Online only: ${reason.message}`);
  if (explanation.bookable) return { headline: 'This time can be booked, online too.', tone: 'green', reasons: [] };
  if (explanation.bookableByStaff) {
    return { headline: 'Front desk can book this time; clients cannot book it online.', tone: 'yellow', reasons: onlineReasons };
  }
  return { headline: 'This time is not open for this session.', tone: 'red', reasons: [...staffReasons, ...onlineReasons] };
}
