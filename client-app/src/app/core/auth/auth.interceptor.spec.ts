import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { authInterceptor } from './auth.interceptor';
import { AuthService, SESSION_HINT_KEY } from './auth.service';

const PROFILE = {
  id: 'u1',
  userName: '001208012345',
  fullName: 'Nguyễn Văn An',
  roles: ['Citizen'],
};

describe('authInterceptor and the session', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  function signIn(token = 'token-1'): void {
    auth.signIn('001208012345', 'secret').subscribe();
    httpTesting
      .expectOne('/api/v1/auth/token')
      .flush({ accessToken: token, expiresIn: 900, tokenType: 'Bearer' });
    httpTesting.expectOne('/api/v1/me').flush(PROFILE);
  }

  it('sends the bearer token to the API only, never to the auth endpoints or elsewhere', () => {
    signIn();

    http.get('/api/v1/dossiers/mine').subscribe();
    http.get('/elsewhere/data.json').subscribe();
    http.post('/api/v1/auth/logout', null).subscribe();

    expect(
      httpTesting.expectOne('/api/v1/dossiers/mine').request.headers.get('Authorization'),
    ).toBe('Bearer token-1');
    expect(httpTesting.expectOne('/elsewhere/data.json').request.headers.has('Authorization')).toBe(
      false,
    );
    expect(httpTesting.expectOne('/api/v1/auth/logout').request.headers.has('Authorization')).toBe(
      false,
    );
    expect(auth.signedIn()).toBe(true);
    expect(auth.profile()?.fullName).toBe('Nguyễn Văn An');
  });

  it('on a 401, refreshes once for all waiting requests and repeats them with the new token', () => {
    signIn();
    const answers: unknown[] = [];

    http.get('/api/v1/dossiers/mine').subscribe((body) => answers.push(body));
    http.get('/api/v1/me').subscribe((body) => answers.push(body));
    for (const url of ['/api/v1/dossiers/mine', '/api/v1/me']) {
      httpTesting.expectOne(url).flush(null, { status: 401, statusText: 'Unauthorized' });
    }
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush({ accessToken: 'token-2', expiresIn: 900, tokenType: 'Bearer' });
    httpTesting.expectOne('/api/v1/me').flush(PROFILE); // the session reloads the profile with the new token

    const repeated = httpTesting.match((r) => r.headers.get('Authorization') === 'Bearer token-2');
    expect(repeated.map((r) => r.request.url).sort()).toEqual([
      '/api/v1/dossiers/mine',
      '/api/v1/me',
    ]);
    repeated.forEach((r) => r.flush({ ok: r.request.url }));
    expect(answers).toHaveLength(2);
  });

  it('a 401 that comes back after the refresh finished is repeated with the new token, without a second refresh', () => {
    signIn();
    const answers: unknown[] = [];

    http.get('/api/v1/dossiers/mine').subscribe((body) => answers.push(body));
    http.get('/api/v1/notifications').subscribe((body) => answers.push(body));
    httpTesting
      .expectOne('/api/v1/dossiers/mine')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush({ accessToken: 'token-2', expiresIn: 900, tokenType: 'Bearer' });
    httpTesting.expectOne('/api/v1/me').flush(PROFILE);
    // The second request was sent with the old token and is refused only now.
    httpTesting
      .expectOne(
        (r) =>
          r.url === '/api/v1/notifications' && r.headers.get('Authorization') === 'Bearer token-1',
      )
      .flush(null, { status: 401, statusText: 'Unauthorized' });

    httpTesting.expectNone('/api/v1/auth/refresh');
    const repeated = httpTesting.match((r) => r.headers.get('Authorization') === 'Bearer token-2');
    expect(repeated.map((r) => r.request.url).sort()).toEqual([
      '/api/v1/dossiers/mine',
      '/api/v1/notifications',
    ]);
    repeated.forEach((r) => r.flush({ ok: r.request.url }));
    expect(answers).toHaveLength(2);
  });

  it('two refreshes asked for at once (start-up restore and a refused request) send one request', () => {
    signIn();
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const tokens: (string | null)[] = [];

    auth.refresh().subscribe((t) => tokens.push(t));
    auth.refresh().subscribe((t) => tokens.push(t));
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush({ accessToken: 'token-2', expiresIn: 900, tokenType: 'Bearer' });
    httpTesting.expectOne('/api/v1/me').flush(PROFILE);

    expect(tokens).toEqual(['token-2', 'token-2']);
  });

  it('when the refresh is refused too, hands the 401 to the caller and signs out', () => {
    signIn();
    let status = 0;

    http
      .get('/api/v1/dossiers/mine')
      .subscribe({ error: (e: { status: number }) => (status = e.status) });
    httpTesting
      .expectOne('/api/v1/dossiers/mine')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(status).toBe(401);
    expect(auth.status()).toBe('signed-out');
    expect(auth.accessToken()).toBeNull();
  });

  it('does not try to refresh for an anonymous request that gets a 401', () => {
    let status = 0;
    http
      .get('/api/v1/dossiers/mine')
      .subscribe({ error: (e: { status: number }) => (status = e.status) });
    httpTesting
      .expectOne('/api/v1/dossiers/mine')
      .flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(status).toBe(401);
    httpTesting.expectNone('/api/v1/auth/refresh');
  });

  it('restores a session from the refresh cookie at start, or ends signed out without one', () => {
    let result = '';
    auth.restore().subscribe((status) => (result = status));
    httpTesting.expectNone('/api/v1/auth/refresh'); // never signed in here: no request that could only fail
    expect(result).toBe('signed-out');

    localStorage.setItem(SESSION_HINT_KEY, '1');
    auth.restore().subscribe((status) => (result = status));
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(result).toBe('signed-out');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();

    localStorage.setItem(SESSION_HINT_KEY, '1');
    auth.restore().subscribe((status) => (result = status));
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush({ accessToken: 'token-3', expiresIn: 900, tokenType: 'Bearer' });
    httpTesting.expectOne('/api/v1/me').flush(PROFILE);
    expect(result).toBe('signed-in');
    expect(auth.accessToken()).toBe('token-3');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    expect(Object.values(localStorage).join()).not.toContain('token-3');
  });
});
