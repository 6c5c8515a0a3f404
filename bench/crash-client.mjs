// The crash test's client: submits dossiers by ingestion (POST /api/v1/integrations/dossiers), one Idempotency-Key per
// dossier, and retries with the SAME key after a connection error or a 5xx (a node killed mid-request answers 502
// through nginx); every BENCH_RECEIVE_EVERY-th acknowledged dossier is then received at the desk (code, reminders).
// Writes each acknowledged 201 as "key,id,trackingNumber,attempts" to ACKS and each reception as "id,code" to
// RECEPTIONS; prints its counts as JSON. Stops by itself after DURATION_S seconds.
// Env: BASE_URL, CLIENT_ID, CLIENT_SECRET, DESK_TOKEN, BODY_FILE (an ingestion body), ACKS, RECEPTIONS, DURATION_S,
//      CONCURRENCY, RECEIVE_EVERY, MAX_ATTEMPTS.
import { appendFileSync, readFileSync } from 'node:fs';

const env = (name, fallback) => process.env[name] ?? fallback;
const base = env('BASE_URL');
const template = JSON.parse(readFileSync(env('BODY_FILE'), 'utf8'));
const deadline = Date.now() + Number(env('DURATION_S', '60')) * 1000;
const concurrency = Number(env('CONCURRENCY', '8'));
const receiveEvery = Number(env('RECEIVE_EVERY', '5'));
const maxAttempts = Number(env('MAX_ATTEMPTS', '40'));
const counts = { requests: 0, acknowledged: 0, acknowledgedOnRetry: 0, replayedAfterCrash: 0, retries: 0, connectionErrors: 0, serverErrors: 0, gaveUp: 0, refused: 0, received: 0, receivedOnRetry: 0 };
const refusals = {};
let clientToken = null;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function token() {
  const basic = Buffer.from(`${env('CLIENT_ID')}:${env('CLIENT_SECRET')}`).toString('base64');
  for (;;) {
    try {
      const res = await fetch(`${base}/api/v1/oauth/token`, {
        method: 'POST', body: 'grant_type=client_credentials',
        headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      if (res.ok) return (await res.json()).access_token;
    } catch { /* a node is down: try again */ }
    await sleep(250);
  }
}

// One request, repeated as it was (same key, same body) after a connection error or a 5xx; null when given up.
async function send(path, init) {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    counts.requests++;
    if (attempt > 1) counts.retries++;
    const sentAt = Date.now();
    try {
      const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      if (res.status < 500) return { status: res.status, body: text ? JSON.parse(text) : null, attempt, sentAt };
      counts.serverErrors++;
    } catch {
      counts.connectionErrors++;
    }
    await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)));
  }
  counts.gaveUp++;
  return null;
}

async function ingest(key) {
  const body = JSON.stringify({ ...template, applicant: { ...template.applicant, fullName: `Khách thử ${key}` } });
  for (;;) {
    const answer = await send('/api/v1/integrations/dossiers', {
      method: 'POST', body,
      headers: { Authorization: `Bearer ${clientToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    });
    if (answer?.status === 401) { clientToken = await token(); continue; }
    return answer;
  }
}

async function receive(id) {
  const headers = { Authorization: `Bearer ${env('DESK_TOKEN')}`, 'Content-Type': 'application/json' };
  const answer = await send(`/api/v1/dossiers/${id}/receive`, { method: 'POST', headers, body: '{"comment":null}' });
  if (answer?.status === 200) return answer.body.code;
  if (answer?.status === 409 && answer.attempt > 1) {
    // The first attempt was received before its node died: read the code it got.
    const read = await send(`/api/v1/dossiers/${id}`, { headers });
    counts.receivedOnRetry++;
    return read?.status === 200 ? read.body.code : null;
  }
  return null;
}

async function worker(w) {
  for (let i = 1; Date.now() < deadline; i++) {
    const key = `crash-${w}-${i}`;
    const answer = await ingest(key);
    if (answer?.status !== 201) {
      if (answer) { counts.refused++; refusals[answer.status] = (refusals[answer.status] ?? 0) + 1; }
      continue;
    }
    counts.acknowledged++;
    if (answer.attempt > 1) counts.acknowledgedOnRetry++;
    // Submitted before this attempt was sent: an earlier attempt committed and its node died before answering.
    if (answer.attempt > 1 && Date.parse(answer.body.submittedAt) < answer.sentAt) counts.replayedAfterCrash++;
    appendFileSync(env('ACKS'), `${key},${answer.body.id},${answer.body.trackingNumber},${answer.attempt}\n`);
    if (i % receiveEvery === 0) {
      const code = await receive(answer.body.id);
      if (code) {
        counts.received++;
        appendFileSync(env('RECEPTIONS'), `${answer.body.id},${code}\n`);
      }
    }
  }
}

clientToken = await token();
await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
console.log(JSON.stringify({ ...counts, refusals }));
