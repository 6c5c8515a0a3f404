// Reads the e-mails the API sent to the test SMTP server's Maildir (HANOIDVC_TEST_MAILBOX), as a person reads their inbox.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The Maildir of the test SMTP server; the test fails with an explanation when it is not set. */
export function mailboxDir() {
  const dir = process.env.HANOIDVC_TEST_MAILBOX || process.env.E2E_MAILBOX;
  if (!dir)
    throw new Error(
      'Set HANOIDVC_TEST_MAILBOX to the Maildir of the SMTP server the API sends to.',
    );
  return dir;
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeEncodedWords(value) {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind, data) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** One message file: its headers (lower-case names, unfolded, decoded) and its text, decoded. */
export function parseMessage(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0)
      headers[line.slice(0, at).toLowerCase()] = decodeEncodedWords(line.slice(at + 1).trim());
  }
  let body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    const part = body.split(`--${boundary}`).find((p) => /content-type:\s*text\/plain/i.test(p));
    if (part) {
      const inner = parseMessage(part.replace(/^\r?\n/, ''));
      return { headers, text: inner.text };
    }
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { headers, text };
}

/** Waits (up to `timeoutMs`) for a message to `address` matching `predicate` and returns it. */
export async function waitForMail(address, predicate = () => true, timeoutMs = 45_000) {
  const dir = path.join(mailboxDir(), 'new');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let files = [];
    try {
      files = await readdir(dir);
    } catch {
      // The folder appears with the first message.
    }
    for (const file of files) {
      const message = parseMessage(await readFile(path.join(dir, file), 'utf8'));
      if ((message.headers.to ?? '').includes(address) && predicate(message)) return message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No e-mail to ${address} arrived in ${dir} within ${timeoutMs / 1000} s.`);
}
