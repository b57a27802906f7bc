import { describe, expect, it } from 'vitest';
import { parseRoute } from '../src/route';

describe('the waitlist offer route', () => {
  it('reads the token from the fragment, never the path', () => {
    expect(parseRoute('/book/offer', '#a.b-c_d')).toEqual({ page: 'offer', token: 'a.b-c_d' });
    expect(parseRoute('/book/offer', '')).toEqual({ page: 'missing' });
    expect(parseRoute('/book/offer/a.b-c_d', '')).toEqual({ page: 'missing' });
  });
});
