import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { verifyXeroWebhook } from '../../src/webhooks/verify-signature.js';
import { XeroWebhookHandler } from '../../src/webhooks/webhook-handler.js';
import {
  ANSWER_TIMEOUT_XERO_MS,
  startWebhookWorld,
  WEBHOOK_KEY,
  type WebhookWorld,
} from './support/webhook-world.js';

const sign = (body: string, key = WEBHOOK_KEY) => createHmac('sha256', key).update(body).digest('base64');

const payload = (entropy: string) =>
  JSON.stringify({
    events: [
      {
        resourceUrl: 'https://api.xero.com/api.xro/2.0/Invoices/717f2bfc-c6d4-41fd-b238-3f2f0c0cf777',
        resourceId: '717f2bfc-c6d4-41fd-b238-3f2f0c0cf777',
        eventDateUtc: '2024-06-21T01:15:39.902',
        eventType: 'UPDATE',
        eventCategory: 'INVOICE',
        tenantId: DEMO_TENANT_ID,
        tenantType: 'ORGANISATION',
      },
    ],
    firstEventSequence: 1,
    lastEventSequence: 1,
    entropy,
  });

async function post(
  url: string,
  body: string,
  signature?: string,
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-xero-signature'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

describe('verifyXeroWebhook', () => {
  it('accepts the HMAC-SHA256 of the raw bytes and refuses any other bytes, key or header', () => {
    const body = payload('S0m3r4Nd0mt3xt');
    expect(verifyXeroWebhook(Buffer.from(body), sign(body), WEBHOOK_KEY)).toBe(true);
    expect(verifyXeroWebhook(body, sign(body), WEBHOOK_KEY)).toBe(true);
    // Same JSON, re-serialised with different spacing: other bytes, so not verified.
    expect(verifyXeroWebhook(JSON.stringify(JSON.parse(body), null, 1), sign(body), WEBHOOK_KEY)).toBe(false);
    expect(verifyXeroWebhook(body, sign(body, 'another-key'), WEBHOOK_KEY)).toBe(false);
    expect(verifyXeroWebhook(body, undefined, WEBHOOK_KEY)).toBe(false);
    expect(verifyXeroWebhook(body, '', WEBHOOK_KEY)).toBe(false);
    expect(verifyXeroWebhook(body, [sign(body), sign(body)], WEBHOOK_KEY)).toBe(false);
    expect(verifyXeroWebhook(body, 'not base64 at all', WEBHOOK_KEY)).toBe(false);
    // A truncated digest must not compare equal on its prefix.
    expect(verifyXeroWebhook(body, sign(body).slice(0, 20), WEBHOOK_KEY)).toBe(false);
  });

  it('refuses a parsed body or an empty key with a typed error, before reading anything', () => {
    const body = payload('x');
    expect(() => verifyXeroWebhook(JSON.parse(body) as never, sign(body), WEBHOOK_KEY)).toThrow(
      InvalidArgumentError,
    );
    expect(() => verifyXeroWebhook(JSON.parse(body) as never, sign(body), WEBHOOK_KEY)).toThrow(
      /express\.raw/,
    );
    expect(() => verifyXeroWebhook(body, sign(body), '')).toThrow(/webhookKey/);
  });
});

describe('the webhook handler over real HTTP', () => {
  let world: WebhookWorld;
  beforeEach(async () => {
    world = await startWebhookWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it("passes the simulator's intent-to-receive check (signed → 200 empty, wrongly signed → 401)", async () => {
    const sub = await world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    expect(sub.status).toBe('ok');
    const attempts = world.sim.control.webhookAttempts({ clientId: 'company-client' });
    expect(attempts.map((a) => [a.kind, a.status])).toEqual([
      ['intent-signed', 200],
      ['intent-unsigned', 401],
    ]);
    // The handshake is not a batch: the host never sees it.
    expect(world.received).toEqual([]);
  });

  it('fails the check the other way: a receiver holding the wrong key, and one that verifies nothing', async () => {
    const wrongKey = await world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: 'a-different-key',
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    expect(wrongKey.status).toBe('intent-failed');
    expect(wrongKey.reason).toMatch(/correctly signed .* answered HTTP 401, not 200/);

    const lax = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(lax.address() as AddressInfo).port}/hook`;
      const sub = await world.sim.control.subscribeWebhooks({
        clientId: 'company-client',
        url,
        key: WEBHOOK_KEY,
        answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
      });
      expect(sub.status).toBe('intent-failed');
      expect(sub.reason).toMatch(/incorrectly signed .* answered HTTP 200, not 401/);
    } finally {
      lax.closeAllConnections();
      await new Promise<void>((resolve) => lax.close(() => resolve()));
    }
  });

  it('answers 401 to a tampered body, a wrong key and a missing header, and never calls onEvents', async () => {
    const body = payload('AAAAAAAAAAAAAAAAAAAA');
    const tampered = body.replace('"UPDATE"', '"CREATE"');
    for (const attempt of [
      await post(world.receiverUrl, tampered, sign(body)),
      await post(world.receiverUrl, body, sign(body, 'wrong-key')),
      await post(world.receiverUrl, body),
    ]) {
      expect(attempt).toEqual({ status: 401, text: '' });
    }
    expect(world.received).toEqual([]);
    // The same body, correctly signed, is taken: the refusals were about the signature alone.
    expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 200, text: '' });
    expect(world.received).toHaveLength(1);
    expect(world.received[0]?.events[0]).toMatchObject({ eventType: 'UPDATE', eventCategory: 'INVOICE' });
  });

  it('answers 200 to a replayed, unchanged body without handing it to onEvents again', async () => {
    const body = payload('BBBBBBBBBBBBBBBBBBBB');
    expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 200, text: '' });
    expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 200, text: '' });
    expect(world.received).toHaveLength(1);
    // A new batch (other entropy, so other bytes) is a new batch.
    const next = payload('CCCCCCCCCCCCCCCCCCCC');
    expect(await post(world.receiverUrl, next, sign(next))).toEqual({ status: 200, text: '' });
    expect(world.received).toHaveLength(2);
  });

  it('answers 400 to a correctly signed body that is not a Xero payload, and 405 to a GET', async () => {
    const junk = '{"events": "nope"}';
    expect(await post(world.receiverUrl, junk, sign(junk))).toEqual({ status: 400, text: '' });
    expect((await fetch(world.receiverUrl)).status).toBe(405);
    expect(world.received).toEqual([]);
  });

  it('answers 500 when onEvents throws, and takes the same body once it succeeds', async () => {
    const body = payload('DDDDDDDDDDDDDDDDDDDD');
    world.setOnEvents(() => {
      throw new Error('queue unavailable');
    });
    expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 500, text: '' });
    expect(world.received).toEqual([]);
    world.setOnEvents(() => {});
    expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 200, text: '' });
    expect(world.received).toHaveLength(1);
  });
});

describe('XeroWebhookHandler.handle', () => {
  it('answers 400 to a body a framework already parsed, and logs the wiring error', async () => {
    const errors: string[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (m: string) => errors.push(m) };
    const handler = new XeroWebhookHandler({ webhookKey: WEBHOOK_KEY, onEvents: () => {}, logger });
    const body = payload('GGGGGGGGGGGGGGGGGGGG');
    const answer = await handler.handle(JSON.parse(body) as never, sign(body));
    expect(answer).toEqual({ status: 400, body: '', outcome: 'not-raw-bytes' });
    expect(errors.join(' ')).toMatch(/express\.raw/);
  });
});

describe('the node:http listener', () => {
  it('answers 413 to a body over maxBodyBytes without reading it all or calling onEvents', async () => {
    const world = await startWebhookWorld({ handler: { maxBodyBytes: 1024 } });
    try {
      const body = payload('F'.repeat(2000));
      expect((await post(world.receiverUrl, body, sign(body))).status).toBe(413);
      expect(world.received).toEqual([]);
    } finally {
      await world.close();
    }
  });
});

describe('the 5-second rule', () => {
  it('answers 503 when onEvents overruns timeoutMs, and aborts its signal', async () => {
    const world = await startWebhookWorld({ handler: { timeoutMs: 200 } });
    try {
      let aborted = false;
      world.setOnEvents(
        (_payload, { signal }) =>
          new Promise<void>((resolve) => {
            signal.addEventListener('abort', () => {
              aborted = true;
              resolve();
            });
          }),
      );
      const body = payload('EEEEEEEEEEEEEEEEEEEE');
      expect(await post(world.receiverUrl, body, sign(body))).toEqual({ status: 503, text: '' });
      expect(aborted).toBe(true);
    } finally {
      await world.close();
    }
  });
});
