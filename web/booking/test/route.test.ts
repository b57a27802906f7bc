import { describe, expect, it } from 'vitest';
import { manageUrl, parseRoute } from '../src/route';

describe('parseRoute', () => {
  it.each([
    ['/book/riverside', '', { page: 'book', clinicSlug: 'riverside' }],
    ['/book/riverside/', '', { page: 'book', clinicSlug: 'riverside' }],
    ['/book/riverside/01JDEMC0000000000000000001', '', { page: 'book', clinicSlug: 'riverside', calendarId: '01JDEMC0000000000000000001' }],
    ['/book/manage', '#eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOiIwMUoifQ.c2ln', { page: 'manage', token: 'eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOiIwMUoifQ.c2ln' }],
    // The token no longer travels in the path, where access logs would keep it.
    ['/book/manage/eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOiIwMUoifQ.c2ln', '', { page: 'missing' }],
    ['/book/', '', { page: 'missing' }],
    ['/book/manage', '', { page: 'missing' }],
    ['/book/a/b/c', '', { page: 'missing' }],
    ['/book/%E0%A4%A', '', { page: 'missing' }],
    ['/elsewhere', '', { page: 'missing' }],
  ])('reads %s%s', (path, hash, route) => {
    expect(parseRoute(path, hash)).toEqual(route);
  });

  it('builds manage links the route reads back, with the token after #', () => {
    const url = new URL(manageUrl('a.b-c_d'), 'https://clinic.example');
    expect(url.pathname).toBe('/book/manage');
    expect(parseRoute(url.pathname, url.hash)).toEqual({ page: 'manage', token: 'a.b-c_d' });
  });
});
