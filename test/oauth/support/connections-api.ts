import axios, { type AxiosResponse } from 'axios';
import type { ConnectionsApi, XeroConnection } from '../../../src/contracts/account-connections.js';
import {
  TenantNotAuthorisedError,
  TokenExpiredError,
  XeroApiError,
  XeroUnavailableError,
} from '../../../src/errors/api-errors.js';
import { RateLimitError } from '../../../src/errors/rate-limit-error.js';

/**
 * TEST HELPER ONLY: `GET/DELETE /connections` straight through axios against the simulator, with the same
 * error shapes the pool's ConnectionsApi throws. The product wires the pool's implementation instead.
 */
export function testConnectionsApi(apiUrl: string): ConnectionsApi & { calls: number } {
  const http = axios.create({ baseURL: apiUrl, timeout: 5000, validateStatus: () => true });
  const api = {
    calls: 0,
    async list(
      _app: unknown,
      accessToken: string,
      options?: { authEventId?: string },
    ): Promise<XeroConnection[]> {
      api.calls++;
      const response = await send(() =>
        http.get('/connections', {
          headers: { authorization: `Bearer ${accessToken}` },
          params: options?.authEventId === undefined ? {} : { authEventId: options.authEventId },
          responseType: 'text',
        }),
      );
      check(response, 'GET');
      try {
        return JSON.parse(response.data as string) as XeroConnection[];
      } catch (cause) {
        throw new XeroUnavailableError('GET /connections answered with broken JSON', { status: 200, cause });
      }
    },
    async delete(_app: unknown, accessToken: string, connectionId: string): Promise<boolean> {
      api.calls++;
      const response = await send(() =>
        http.delete(`/connections/${encodeURIComponent(connectionId)}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        }),
      );
      if (response.status === 404) return false;
      check(response, 'DELETE');
      return true;
    },
  };
  return api;
}

async function send(request: () => Promise<AxiosResponse>): Promise<AxiosResponse> {
  try {
    return await request();
  } catch (cause) {
    throw new XeroUnavailableError('Xero API could not be reached', { cause });
  }
}

function check(response: AxiosResponse, method: string): void {
  const status = response.status;
  if (status >= 200 && status < 300) return;
  const ctx = { method, path: '/connections', status };
  const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data ?? '');
  if (status === 401 && text.includes('TokenExpired'))
    throw new TokenExpiredError('Access token expired', ctx);
  if (status === 403) throw new TenantNotAuthorisedError('Not authorised', ctx);
  if (status === 429) throw new RateLimitError('Rate limited', { ...ctx, problem: 'appminute' });
  if (status >= 500) throw new XeroUnavailableError('Xero API unavailable', ctx);
  throw new XeroApiError(`Xero API answered ${status}`, { ...ctx, detail: text.slice(0, 200) });
}
