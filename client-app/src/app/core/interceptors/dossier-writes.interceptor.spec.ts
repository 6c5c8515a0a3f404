import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { dossierWritesInterceptor } from './dossier-writes.interceptor';

/** Lets the queue's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('dossierWritesInterceptor', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([dossierWritesInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  it('sends a second write to the same dossier only once the first is answered', async () => {
    const answers: string[] = [];
    http.put('/api/v1/dossiers/d1/draft', { a: '1' }).subscribe(() => answers.push('save'));
    http.post('/api/v1/dossiers/d1/attachments', {}).subscribe(() => answers.push('upload'));
    await settle();

    const save = httpTesting.expectOne('/api/v1/dossiers/d1/draft');
    httpTesting.expectNone('/api/v1/dossiers/d1/attachments');
    save.flush({});
    await settle();

    httpTesting.expectOne('/api/v1/dossiers/d1/attachments').flush({});
    expect(answers).toEqual(['save', 'upload']);
  });

  it('goes on after a refused write, and after one its caller gave up', async () => {
    http.put('/api/v1/dossiers/d1/draft', {}).subscribe({ error: () => undefined });
    const abandoned = http.post('/api/v1/dossiers/d1/attachments', {}).subscribe();
    http.post('/api/v1/dossiers/d1/submit', {}).subscribe();
    await settle();

    httpTesting
      .expectOne('/api/v1/dossiers/d1/draft')
      .flush({}, { status: 400, statusText: 'Bad Request' });
    await settle();
    const upload = httpTesting.expectOne('/api/v1/dossiers/d1/attachments');
    abandoned.unsubscribe();
    expect(upload.cancelled).toBe(true);
    await settle();

    httpTesting.expectOne('/api/v1/dossiers/d1/submit').flush({});
  });

  it('does not hold back reads, other dossiers or other addresses', async () => {
    http.put('/api/v1/dossiers/d1/draft', {}).subscribe();
    http.get('/api/v1/dossiers/d1').subscribe();
    http.put('/api/v1/dossiers/d2/draft', {}).subscribe();
    http.post('/api/v1/complaints', {}).subscribe();
    await settle();

    httpTesting.expectOne('/api/v1/dossiers/d1').flush({});
    httpTesting.expectOne('/api/v1/dossiers/d2/draft').flush({});
    httpTesting.expectOne('/api/v1/complaints').flush({});
    httpTesting.expectOne('/api/v1/dossiers/d1/draft').flush({});
  });
});
