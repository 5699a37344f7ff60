import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { XeroApiError } from '../../src/errors/api-errors.js';
import { ConfigurationError, InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { XeroConnections } from '../../src/host.js';
import { HttpTransport } from '../../src/xero/http-transport.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from '../pool/support/pool-world.js';

const KIB = 1024;

/** A loopback server; `handle` answers each request. Records what reached it. */
async function startServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Streams `totalBytes` of JSON-ish filler in 64 KiB chunks (no Content-Length), counting what was written. */
function streamHuge(totalBytes: number, written: { bytes: number; closedEarly: boolean }) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * KIB, 'a');
    res.on('close', () => {
      if (written.bytes < totalBytes) written.closedEarly = true;
    });
    const pump = () => {
      while (written.bytes < totalBytes && !res.destroyed) {
        written.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

describe('HttpTransport size limits', () => {
  it('an oversized streamed response is a typed XeroApiError, read no further than the limit', async () => {
    const written = { bytes: 0, closedEarly: false };
    const server = await startServer(streamHuge(64 * 1024 * KIB, written));
    cleanup.push(server.close);
    const transport = new HttpTransport({ maxResponseBytes: 256 * KIB });
    cleanup.push(async () => transport.close());
    const error = await transport
      .send({
        method: 'GET',
        url: `${server.url}/api.xro/2.0/Invoices`,
        headers: {},
        body: undefined,
        timeoutMs: 20_000,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroApiError);
    expect((error as XeroApiError).message).toMatch(/larger than 262144 bytes/);
    expect((error as XeroApiError).message).toMatch(/http\.maxResponseBytes/);
    // The socket was dropped long before the 64 MiB were sent: nothing buffered them.
    await expect.poll(() => written.closedEarly, { timeout: 10_000 }).toBe(true);
    expect(written.bytes).toBeLessThan(32 * 1024 * KIB);
  });

  it('an oversized response announced by Content-Length is refused too', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * KIB) });
      res.end(Buffer.alloc(300 * KIB, 'b'));
    });
    cleanup.push(server.close);
    const transport = new HttpTransport({ maxResponseBytes: 256 * KIB });
    cleanup.push(async () => transport.close());
    const error = await transport
      .send({ method: 'GET', url: `${server.url}/x`, headers: {}, body: undefined, timeoutMs: 20_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroApiError);
  });

  it('a response within the limit is read whole', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: 'c'.repeat(200 * KIB) }));
    });
    cleanup.push(server.close);
    const transport = new HttpTransport({ maxResponseBytes: 256 * KIB });
    cleanup.push(async () => transport.close());
    const response = await transport.send({
      method: 'GET',
      url: `${server.url}/x`,
      headers: {},
      body: undefined,
      timeoutMs: 20_000,
    });
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(200 * KIB + '{"data":""}'.length);
  });

  it('an oversized request body is an InvalidArgumentError naming the call, and nothing is sent', async () => {
    const server = await startServer((_req, res) => res.end('{}'));
    cleanup.push(server.close);
    const transport = new HttpTransport({ maxRequestBytes: 64 * KIB });
    cleanup.push(async () => transport.close());
    // Multi-byte characters: the limit counts bytes, not characters.
    const body = JSON.stringify({ Reference: 'é'.repeat(40 * KIB) });
    const error = await transport
      .send({
        method: 'POST',
        url: `${server.url}/api.xro/2.0/Invoices?summarizeErrors=false`,
        headers: {},
        body,
        timeoutMs: 20_000,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(/POST \/api\.xro\/2\.0\/Invoices/);
    expect((error as Error).message).not.toContain('summarizeErrors');
    expect((error as Error).message).toMatch(/65536/);
    expect(server.requests).toBe(0);
  });

  it('defaults: 3.5 MiB per request body (Xero refuses more), 50 MiB per response', () => {
    expect(HttpTransport.DEFAULT_MAX_REQUEST_BYTES).toBe(3.5 * 1024 * 1024);
    expect(HttpTransport.DEFAULT_MAX_RESPONSE_BYTES).toBe(50 * 1024 * 1024);
  });
});

describe('http.maxResponseBytes / http.maxRequestBytes host options', () => {
  let world: PoolWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('are validated at construction', () => {
    for (const http of [{ maxResponseBytes: 0 }, { maxRequestBytes: -1 }, { maxResponseBytes: 1.5 }]) {
      expect(() => new XeroConnections({ apps: { a: SIM_APP_OPTIONS.wisepay }, http })).toThrow(
        ConfigurationError,
      );
    }
  });

  it('bound what a call to the simulator may read: a page larger than the limit is a typed error naming the call', async () => {
    world = await startPoolWorld({ timeScale: 0.01, host: { http: { maxResponseBytes: 2 * KIB } } });
    const pool = world.host.pool({ accountId: 'acct', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    const error = await pool
      .role('wisepay')
      .request({ method: 'GET', path: '/Invoices' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroApiError);
    expect((error as XeroApiError).message).toMatch(/GET \/api\.xro\/2\.0\/Invoices/);
    expect((error as XeroApiError).message).toMatch(/role=wisepay/);
    // A small answer still works.
    expect((await pool.role('wisepay').request({ method: 'GET', path: '/connections' })).status).toBe(200);
  });
});
