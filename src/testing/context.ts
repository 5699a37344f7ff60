import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TimeScale } from '../time-scale.js';
import type { Latency } from './api/latency.js';
import type { Faults } from './faults.js';
import type { AccessTokens } from './identity/access-tokens.js';
import type { SigningKeys } from './identity/signing-keys.js';
import type { ResolvedSimulatorOptions } from './options.js';
import type { RateLimiter } from './rate-limits/rate-limiter.js';
import type { RequestLog } from './request-log.js';
import type { AuthorizationCodes } from './state/authorization-codes.js';
import type { GrantRegistry } from './state/grants.js';
import type { RefreshTokens } from './state/refresh-tokens.js';
import type { SimRequestLogEntry } from './types.js';
import type { World } from './world.js';

/** The addresses a running simulator answers on. */
export interface SimulatorUrls {
  /** Server root, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** OpenID issuer, `{url}/identity`. */
  identityUrl: string;
  /** Stands for `https://api.xero.com`: `{url}/api`. */
  apiUrl: string;
}

/** Everything one simulator instance owns; handlers receive it instead of reaching for module state. */
export interface SimContext {
  readonly options: ResolvedSimulatorOptions;
  readonly scale: TimeScale;
  readonly urls: SimulatorUrls;
  readonly world: World;
  readonly grants: GrantRegistry;
  readonly codes: AuthorizationCodes;
  readonly refreshTokens: RefreshTokens;
  readonly keys: SigningKeys;
  readonly accessTokens: AccessTokens;
  readonly limiter: RateLimiter;
  readonly faults: Faults;
  readonly log: RequestLog;
  /** Added API latency; close() releases every pending wait at once. */
  readonly latency: Latency;
}

/** What the request log learns about a request while it is handled. */
export type LogMeta = Partial<Omit<SimRequestLogEntry, 'at' | 'method' | 'path' | 'status'>> &
  Pick<SimRequestLogEntry, 'endpoint'>;

/** One request being handled. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly meta: LogMeta;
}
