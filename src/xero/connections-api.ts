import type { ConnectionsApi, XeroConnection } from '../contracts/account-connections.js';
import type { CallConnection, CallCredentials, CallSubject } from '../contracts/call.js';
import { XeroApiError } from '../errors/api-errors.js';
import type { ResolvedApp } from '../options.js';
import type { CallPipeline } from './call-pipeline.js';
import { parseResponse } from './response-parsing.js';
import { connectionsSchema } from './schemas/connection.js';

/**
 * `GET /connections` and `DELETE /connections/{id}` for the OAuth lifecycle. They go through the same
 * pipeline as every call, keyed `(clientId, tenant: null)` so they charge only the app-wide limit.
 */
export function createConnectionsApi(pipeline: CallPipeline, timeoutMs: number): ConnectionsApi {
  const subject = (app: ResolvedApp, accessToken: string): CallSubject => ({
    connection: new AppConnection(app.clientId, accessToken),
    callRole: undefined,
    priority: 'interactive',
    mayUseReserve: false,
  });
  return {
    async list(app, accessToken, options) {
      const response = await pipeline.execute(
        subject(app, accessToken),
        {
          method: 'GET',
          path: '/connections',
          params: options?.authEventId === undefined ? undefined : { authEventId: options.authEventId },
        },
        { timeoutMs },
      );
      return parseResponse(connectionsSchema, response) as XeroConnection[];
    },
    async delete(app, accessToken, connectionId) {
      try {
        await pipeline.execute(
          subject(app, accessToken),
          { method: 'DELETE', path: `/connections/${encodeURIComponent(connectionId)}` },
          { timeoutMs },
        );
        return true;
      } catch (error) {
        if (error instanceof XeroApiError && error.status === 404) return false;
        throw error;
      }
    },
  };
}

/**
 * An app-level connection for one tenantless call: its own credentials, no account, no refresh (a refused
 * token is the caller's to handle), no health reports, no stats, no events.
 */
class AppConnection implements CallConnection {
  readonly accountId = undefined;
  readonly role = undefined;
  readonly tenantId = undefined;
  readonly stats = undefined;
  readonly events = undefined;
  readonly #credentials: Promise<CallCredentials>;

  constructor(clientId: string, accessToken: string) {
    this.#credentials = Promise.resolve({ clientId, tenantId: null, accessToken });
  }

  credentials(): Promise<CallCredentials> {
    return this.#credentials;
  }
}
