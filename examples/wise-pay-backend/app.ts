/**
 * The web side of Wise-Pay's Accounting Connections feature, on plain node:http: the screen, its JSON,
 * connect + OAuth callback, the token test and the dashboard notification. It talks to the SDK only
 * through the narrow interface below, so it works with any pool (and type-imports nothing at run time).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  Role,
  TokenTestResult,
} from '@wise-pay/xero-connections';
import { BrokenConnectionNotices, type PoolEventSource } from './notifications.js';
import {
  accountingConnectionsPage,
  chooseOrganisationPage,
  connectedCellHtml,
  dashboardPage,
  errorPage,
  lastTestCellHtml,
  PATHS,
} from './pages.js';

/** What the backend needs from one account's pool. */
export interface AccountingConnectionsPool extends PoolEventSource {
  status(): Promise<ConnectionStatusRow[]>;
  validateToken(role: Role): Promise<TokenTestResult>;
  beginConnect(role: Role): Promise<BeginConnectResult>;
}

export interface WisePayBackendOptions {
  /** The signed-in user's account (a real backend picks it from the session). */
  pool: AccountingConnectionsPool;
  /** Finishes a consent from the callback URL: usually `host.completeConnect`. */
  completeConnect(callbackUrl: string): Promise<CompleteConnectResult>;
  /** Finishes a consent that connected several organisations. */
  chooseOrganisation?(selectionToken: string, tenantId: string): Promise<CompleteConnectResult>;
  /** Where errors go; the page shows the message, the log gets the rest. @default console.error */
  logError?: (message: string, error: unknown) => void;
}

/** A request handler plus the notification centre it owns. */
export interface WisePayBackend {
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): void;
}

export function createWisePayBackend(options: WisePayBackendOptions): WisePayBackend {
  const { pool } = options;
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  // Labels come from the rows, so the notification says "Company" exactly as the table does.
  const labels = new Map<Role, string>();
  const notices = new BrokenConnectionNotices(pool, (role) => labels.get(role) ?? role);

  async function rows(): Promise<ConnectionStatusRow[]> {
    const list = await pool.status();
    for (const row of list) labels.set(row.role, row.connectionType);
    return list;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://backend.invalid');
    const method = req.method ?? 'GET';
    const action = /^\/connections\/([a-z]+)\/(connect|test)$/.exec(url.pathname);

    if (method === 'GET' && url.pathname === PATHS.dashboard) {
      const list = await rows();
      return html(res, 200, dashboardPage(notices.current(list)));
    }
    if (method === 'GET' && url.pathname === PATHS.accountingConnections) {
      const list = await rows();
      const connectedRole = url.searchParams.get('connected');
      const row = list.find((r) => r.role === connectedRole);
      const flash = row
        ? {
            kind: 'ok' as const,
            text: `${row.connectionType} connection established with ${row.organisation ?? 'Xero'}.`,
          }
        : undefined;
      return html(res, 200, accountingConnectionsPage(list, notices.current(list), flash));
    }
    if (method === 'GET' && url.pathname === PATHS.connectionsJson) {
      const list = await rows();
      return json(res, 200, { connections: list, notifications: notices.current(list) });
    }
    if (method === 'GET' && url.pathname === PATHS.notificationsJson) {
      return json(res, 200, { notifications: notices.current(await rows()) });
    }
    if (method === 'POST' && action) {
      const list = await rows();
      const role = list.find((r) => r.role === action[1])?.role;
      if (role === undefined) return html(res, 404, errorPage('Not found', `No connection "${action[1]}".`));
      if (action[2] === 'connect') {
        const { authorizationUrl } = await pool.beginConnect(role);
        return redirect(res, authorizationUrl);
      }
      const result = await pool.validateToken(role);
      if (!wantsJson(req)) return redirect(res, PATHS.accountingConnections);
      const row = (await rows()).find((r) => r.role === role);
      return json(res, 200, {
        role,
        result,
        health: row?.health,
        cells: row ? { connected: connectedCellHtml(row), lastTest: lastTestCellHtml(row) } : undefined,
        announcement: announce(row?.connectionType ?? role, result),
      });
    }
    if (method === 'GET' && url.pathname === PATHS.callback) {
      return finishConnect(res, () => options.completeConnect(url.toString()));
    }
    if (method === 'POST' && url.pathname === PATHS.chooseOrganisation && options.chooseOrganisation) {
      const form = new URLSearchParams(await readBody(req));
      const choose = options.chooseOrganisation;
      return finishConnect(res, () => choose(form.get('selectionToken') ?? '', form.get('tenantId') ?? ''));
    }
    return html(res, 404, errorPage('Not found', `Nothing at ${url.pathname}.`));
  }

  async function finishConnect(
    res: ServerResponse,
    complete: () => Promise<CompleteConnectResult>,
  ): Promise<void> {
    try {
      const result = await complete();
      if (result.status === 'connected') {
        return redirect(res, `${PATHS.accountingConnections}?connected=${result.role}`);
      }
      return html(
        res,
        200,
        chooseOrganisationPage(labels.get(result.role) ?? result.role, result.selectionToken, result.choices),
      );
    } catch (error) {
      // Typed SDK errors carry a secret-free message that names what went wrong (cancelled, expired…).
      const message = error instanceof Error ? error.message : String(error);
      logError('connect failed', error);
      return html(res, 400, errorPage('Connection not established', message));
    }
  }

  return {
    handle(req, res) {
      route(req, res).catch((error: unknown) => {
        logError(`${req.method} ${req.url?.split('?')[0]} failed`, error);
        if (!res.headersSent)
          html(res, 500, errorPage('Something went wrong', 'The request failed; see the server log.'));
        else res.end();
      });
    },
    close() {
      notices.close();
    },
  };
}

function announce(label: string, result: TokenTestResult): string {
  if (result.valid === true) return `${label}: the token is valid.`;
  if (result.valid === false)
    return `${label}: the token is not valid${result.reason ? ` (${result.reason})` : ''}.`;
  return `${label}: Xero could not be reached, so the token could not be checked.`;
}

function wantsJson(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('application/json');
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** 303 so a POST (the Connect button) becomes a GET of the authorization URL. */
function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

async function readBody(req: IncomingMessage, limit = 16_384): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > limit) throw new Error('request body too large');
  }
  return body;
}
