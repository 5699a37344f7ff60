import type { ConnectionsApi, XeroConnection } from '../contracts/account-connections.js';
import { XeroApiError } from '../errors/api-errors.js';
import type { ResolvedApp } from '../options.js';
import type { CallPipeline, CallSubject } from './call-pipeline.js';
import { parseResponse } from './response-parsing.js';
import { connectionsSchema } from './schemas/connection.js';

/**
 * `GET /connections` and `DELETE /connections/{id}` for the OAuth lifecycle. They go through the same
 * pipeline as every call, keyed `(clientId, tenant: null)` so they charge only the app-wide limit.
 */
export function createConnectionsApi(pipeline: CallPipeline, timeoutMs: number): ConnectionsApi {
  const subject = (app: ResolvedApp, accessToken: string): CallSubject => ({
    priority: 'interactive',
    mayUseReserve: false,
    credentials: async () => ({ clientId: app.clientId, tenantId: null, accessToken }),
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
