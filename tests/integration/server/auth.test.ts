import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, cookieFrom, signup, startTestServer, type TestServer } from '../../fixtures/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const password = 'correct horse battery';

describe('sign-up', () => {
  it('makes the first account the instance owner and later ones plain users', async () => {
    // Before anyone signed up the instance says it has no accounts, so the app opens on creating one.
    expect((await api(server.url, '/api/instance')).body).toEqual({ hasAccounts: false });
    const first = await signup(server.url, { email: 'Owner@Example.test', password, name: 'Olga' });
    expect(first.user).toMatchObject({ email: 'owner@example.test', name: 'Olga', instanceRole: 'owner' });
    expect(first.user.id).toMatch(/^[A-Za-z0-9]{8}$/);
    expect((await api(server.url, '/api/instance')).body).toEqual({ hasAccounts: true });
    const second = await signup(server.url, { email: 'agent@example.test', password, name: 'Aki' });
    expect(second.user.instanceRole).toBe('user');
  });

  it('sets an httpOnly, SameSite=Lax session cookie that identifies the user', async () => {
    const res = await api(server.url, '/api/auth/signup', {
      body: { email: 'cookie@example.test', password, name: 'Cora' },
    });
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^afterboard_session=[A-Za-z0-9_-]{43};/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    const me = await api(server.url, '/api/me', { cookie: cookieFrom(res) });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: (res.body as { id: string }).id,
      email: 'cookie@example.test',
      name: 'Cora',
      instanceRole: 'user',
    });
  });

  it('marks the cookie Secure when a TLS proxy forwarded the request, and only then', async () => {
    const proxied = await api(server.url, '/api/auth/signup', {
      body: { email: 'tls@example.test', password, name: 'Tess' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure$/);
    const plain = await api(server.url, '/api/auth/login', { body: { email: 'tls@example.test', password } });
    expect(plain.headers.get('set-cookie')).not.toContain('Secure');
  });

  it.each([
    [{ email: 'not-an-email', password, name: 'X' }, 'email'],
    [{ email: 'short@example.test', password: '1234567', name: 'X' }, 'password'],
    [{ email: 'noname@example.test', password, name: '   ' }, 'name'],
    [{ email: 'longname@example.test', password, name: 'n'.repeat(101) }, 'name'],
    [{ email: 'missing@example.test', password }, 'name'],
  ])('refuses %j with a 400 naming the field, creating no account', async (body, field) => {
    const res = await api(server.url, '/api/auth/signup', { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_input' } });
    expect((res.body as { error: { message: string } }).error.message).toContain(field);
    expect(res.headers.get('set-cookie')).toBeNull();
    const login = await api(server.url, '/api/auth/login', {
      body: { email: (body as { email: string }).email, password: (body as { password: string }).password },
    });
    expect(login.status).toBe(401);
  });

  it('refuses a duplicate email (case-insensitively) with 409 and keeps the first password', async () => {
    await signup(server.url, { email: 'dup@example.test', password, name: 'First' });
    const res = await api(server.url, '/api/auth/signup', {
      body: { email: 'DUP@example.test', password: 'another password', name: 'Second' },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'email_taken' } });
    const oldLogin = await api(server.url, '/api/auth/login', {
      body: { email: 'dup@example.test', password },
    });
    expect(oldLogin.status).toBe(200);
    expect(oldLogin.body).toMatchObject({ name: 'First' });
    const newLogin = await api(server.url, '/api/auth/login', {
      body: { email: 'dup@example.test', password: 'another password' },
    });
    expect(newLogin.status).toBe(401);
  });

  it('refuses a body that is not JSON', async () => {
    const wrongType = await api(server.url, '/api/auth/signup', {
      body: 'email=a@b.c',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
    const broken = await api(server.url, '/api/auth/signup', { body: '{"email":' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: 'invalid_json' } });
    const huge = await api(server.url, '/api/auth/signup', {
      body: { email: 'big@example.test', password, name: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(413);
  });
});

describe('login and logout', () => {
  it('logs in with the right password (email in any case) and answers wrong ones alike', async () => {
    const { user } = await signup(server.url, { email: 'login@example.test', password, name: 'Lin' });
    const ok = await api(server.url, '/api/auth/login', {
      body: { email: ' LOGIN@example.test ', password },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: user.id });
    const me = await api(server.url, '/api/me', { cookie: cookieFrom(ok) });
    expect(me.body).toMatchObject({ id: user.id });

    const wrongPassword = await api(server.url, '/api/auth/login', {
      body: { email: 'login@example.test', password: 'wrong password' },
    });
    const unknownEmail = await api(server.url, '/api/auth/login', {
      body: { email: 'nobody@example.test', password: 'wrong password' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const { cookie } = await signup(server.url, { email: 'logout@example.test', password, name: 'Lou' });
    const out = await api(server.url, '/api/auth/logout', { method: 'POST', cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/afterboard_session=;.*Max-Age=0/);
    // The old token, replayed, no longer works.
    const me = await api(server.url, '/api/me', { cookie });
    expect(me.status).toBe(401);
    expect(me.body).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('refuses a state-changing request without the JSON type (415), even without a body', async () => {
    const { cookie } = await signup(server.url, { email: 'csrf@example.test', password, name: 'Cy' });
    // What a cross-site form or a no-cors fetch can send: no type, or a form type.
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`${server.url}/api/auth/logout`, {
        method: 'POST',
        headers: type ? { cookie, 'content-type': type } : { cookie },
      });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    const gone = await fetch(`${server.url}/api/workspaces/nope/members/nobody`, {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(gone.status).toBe(415);
    // The session survived all of them.
    expect((await api(server.url, '/api/me', { cookie })).status).toBe(200);
  });

  it('answers 401 to /api/me without a session or with a forged one', async () => {
    expect((await api(server.url, '/api/me')).status).toBe(401);
    const forged = await api(server.url, '/api/me', { cookie: `afterboard_session=${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
  });
});

describe('routing', () => {
  it('answers health, unknown routes with JSON 404 and wrong methods with 405', async () => {
    expect(await api(server.url, '/api/health')).toMatchObject({ status: 200, body: { ok: true } });
    const missing = await api(server.url, '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'not_found' } });
    const wrongMethod = await api(server.url, '/api/me', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
  });
});
