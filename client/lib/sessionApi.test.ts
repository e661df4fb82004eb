import { describe, expect, it, vi } from 'vitest';
import { login, logout, parseSessionBody } from './sessionApi.ts';

function reply(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

describe('parseSessionBody', () => {
  it('accepts a session', () => {
    expect(parseSessionBody({ ok: true, user: 'operator', role: 'operator' })).toEqual({
      ok: true, session: { user: 'operator', role: 'operator' },
    });
  });

  it('keeps catalog codes and rejects the rest', () => {
    expect(parseSessionBody({ ok: false, code: 'BAD_CREDENTIALS', message: 'x' })).toEqual({ ok: false, code: 'BAD_CREDENTIALS' });
    expect(parseSessionBody({ ok: true, user: 'x', role: 'king' })).toEqual({ ok: false, code: 'INTERNAL' });
    expect(parseSessionBody(null)).toEqual({ ok: false, code: 'INTERNAL' });
  });
});

describe('login / logout', () => {
  it('posts the credentials as JSON', async () => {
    const fetchFn = reply(200, { ok: true, user: 'operator', role: 'operator' });
    await expect(login('operator', 'operator', fetchFn)).resolves.toMatchObject({ ok: true });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/session');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ user: 'operator', password: 'operator' });
  });

  it('reports wrong credentials by code', async () => {
    const fetchFn = reply(401, { ok: false, code: 'BAD_CREDENTIALS', message: 'Wrong user name or password.' });
    await expect(login('operator', 'nope', fetchFn)).resolves.toEqual({ ok: false, code: 'BAD_CREDENTIALS' });
  });

  it('reports an unreachable server', async () => {
    const fetchFn = vi.fn(async () => Promise.reject(new TypeError('network')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(login('a', 'b', fetchFn)).resolves.toEqual({ ok: false, code: 'NETWORK' });
    await expect(logout(fetchFn)).resolves.toBe(false);
  });

  it('treats a non-JSON body as a server error', async () => {
    const fetchFn = vi.fn(async () => new Response('<html>', { status: 502 }));
    await expect(login('a', 'b', fetchFn)).resolves.toEqual({ ok: false, code: 'INTERNAL' });
  });

  it('logs out with DELETE', async () => {
    const fetchFn = reply(200, { ok: true });
    await expect(logout(fetchFn)).resolves.toBe(true);
    expect((fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1].method).toBe('DELETE');
  });
});

describe('loginFailureText', () => {
  it('renders the failure in the current language', async () => {
    const { loginFailureText } = await import('./sessionApi.ts');
    expect(loginFailureText('en', 'BAD_CREDENTIALS')).toBe('Wrong user name or password.');
    expect(loginFailureText('zh-CN', 'BAD_CREDENTIALS')).toBe('用户名或密码错误。');
    expect(loginFailureText('en', 'NETWORK')).toBe('The server could not be reached.');
  });
});
