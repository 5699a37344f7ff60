import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { XeroWebhookHandler } from '../../src/webhooks/webhook-handler.js';
import { XeroWebhookRouter } from '../../src/webhooks/webhook-router.js';
import {
  ANSWER_TIMEOUT_XERO_MS,
  startWebhookWorld,
  WEBHOOK_KEY,
  type WebhookWorld,
} from './support/webhook-world.js';

describe('the webhook key stays secret', () => {
  it('is not in util.inspect or JSON of the handler, nor in its option errors', () => {
    const handler = new XeroWebhookHandler({ webhookKey: WEBHOOK_KEY, onEvents: () => {} });
    expect(inspect(handler, { depth: 5, showHidden: true })).not.toContain(WEBHOOK_KEY);
    expect(JSON.stringify(handler)).not.toContain(WEBHOOK_KEY);
    let message = '';
    try {
      new XeroWebhookHandler({ webhookKey: WEBHOOK_KEY, onEvents: 'not a function' as never });
    } catch (error) {
      message = `${(error as Error).message} ${JSON.stringify(error)}`;
    }
    expect(message).toMatch(/onEvents/);
    expect(message).not.toContain(WEBHOOK_KEY);
  });

  it('refuses options with the field named: empty key, unknown option, bad timeout', () => {
    expect(() => new XeroWebhookHandler({ webhookKey: '', onEvents: () => {} })).toThrow(/webhookKey/);
    expect(
      () => new XeroWebhookHandler({ webhookKey: 'k', onEvents: () => {}, timeout: 5 } as never),
    ).toThrow(/timeout/);
    expect(() => new XeroWebhookHandler({ webhookKey: 'k', onEvents: () => {}, timeoutMs: 0 })).toThrow(
      /timeoutMs/,
    );
    expect(() => new XeroWebhookRouter({ store: {} as never })).toThrow(/store/);
  });
});

describe("the simulator's webhook controls over HTTP", () => {
  let world: WebhookWorld;
  let sim: XeroSimulator;
  beforeEach(async () => {
    world = await startWebhookWorld();
    sim = await startXeroSimulator({ timeScale: 0.01, controlHttp: true });
  });
  afterEach(async () => {
    await sim.close();
    await world.close();
  });

  const control = (name: string, body?: unknown) =>
    fetch(`${sim.url}/__simulator/${name}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('subscribes, shows subscriptions and attempts without the key, and unsubscribes', async () => {
    const subscribed = await control('subscribe-webhooks', {
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    expect(subscribed.status).toBe(200);
    const sub = (await subscribed.json()) as Record<string, unknown>;
    expect(sub).toMatchObject({
      clientId: 'company-client',
      status: 'ok',
      categories: ['INVOICE', 'CONTACT'],
    });

    const views = [
      await (await control('webhooks')).text(),
      await (await control('webhook-attempts')).text(),
    ];
    for (const text of [JSON.stringify(sub), ...views]) expect(text).not.toContain(WEBHOOK_KEY);
    expect(JSON.parse(views[1] ?? '[]')).toHaveLength(2);

    const bad = await control('subscribe-webhooks', {
      clientId: 'company-client',
      url: 'http://10.0.0.1/x',
      key: 'k',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/loopback/);

    const removed = await control('unsubscribe-webhooks', { clientId: 'company-client' });
    expect(await removed.json()).toEqual({ removed: true });
    expect(await (await control('webhooks')).json()).toEqual([]);
  });
});
