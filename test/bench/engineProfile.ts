/**
 * Runs findOpenings in a loop on the engine bench's input, for a CPU profile:
 * `BUSY=32000 MODE=staff node --cpu-prof --import tsx test/bench/engineProfile.ts`.
 */
import { findOpenings } from '../../packages/core/src/availability';
import { buildCalendars, requestFor } from './engineInput';

const calendars = buildCalendars(Number(process.env.BUSY ?? 2_000));
const request = requestFor(process.env.MODE === 'online' ? 'online' : 'staff');
for (let i = 0; i < Number(process.env.LOOPS ?? 200); i++) findOpenings(calendars, request);
