import { describe, expect, it } from 'vitest';
import { createPublicLinks } from '../src/tokens/publicLinks';

const claims = { clinicId: '01JZ3K4M5N6P7Q8R9S0TVWXYZ1', openingId: '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', entryId: '00000000000000000000000000' };
const at = (iso: string) => () => new Date(iso);

describe('waitlist offer links (compact, for SMS)', () => {
  it('round-trips the three ids and fits an SMS (under 100 characters)', async () => {
    const links = createPublicLinks('s'.repeat(40), at('2026-12-03T10:00:00Z'));
    const token = await links.signOfferLink(claims, '2026-12-03T11:00:00Z');
    expect(token).toMatch(/^[A-Za-z0-9_-]{92}$/);
    expect(await links.verifyOfferLink(token)).toEqual(claims);
  });

  it('refuses an expired, tampered, foreign-secret or manage link', async () => {
    const links = createPublicLinks('s'.repeat(40), at('2026-12-03T10:00:00Z'));
    const token = await links.signOfferLink(claims, '2026-12-03T11:00:00Z');
    expect(await createPublicLinks('s'.repeat(40), at('2026-12-03T11:00:00Z')).verifyOfferLink(token)).toBeUndefined();
    const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    expect(await links.verifyOfferLink(flipped)).toBeUndefined();
    expect(await createPublicLinks('t'.repeat(40), at('2026-12-03T10:00:00Z')).verifyOfferLink(token)).toBeUndefined();
    const manage = await links.signManageLink({ clinicId: claims.clinicId, appointmentId: claims.entryId }, '2026-12-03T11:00:00Z');
    expect(await links.verifyOfferLink(manage)).toBeUndefined();
    expect(await links.verifyManageLink(token)).toBeUndefined();
    expect(await links.verifyOfferLink('not a token!')).toBeUndefined();
  });
});
