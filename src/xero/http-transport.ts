import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';

/** One HTTP exchange, as the call pipeline describes it. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Already serialised JSON, or undefined. */
  body: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** Any answer from the server, whatever its status. The body is kept as text so broken JSON is detectable. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type TransportFailureKind = 'network' | 'timeout' | 'aborted';

/** No answer arrived. Carries only a scrubbed message, never the request config (it holds the token). */
export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
    readonly errorCode: string | undefined,
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}

/**
 * The one axios instance of a host, over keep-alive agents so thousands of calls reuse a few sockets.
 * Statuses are never thrown: the pipeline maps them itself.
 */
export class HttpTransport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly axios: AxiosInstance;

  constructor() {
    this.axios = axios.create({
      httpAgent: this.httpAgent,
      httpsAgent: this.httpsAgent,
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 0,
      proxy: false,
      transitional: { clarifyTimeoutError: true },
    });
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    try {
      const response = await this.axios.request<string>({
        method: request.method,
        url: request.url,
        headers: request.headers,
        data: request.body,
        timeout: request.timeoutMs,
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (typeof value === 'string') headers[name.toLowerCase()] = value;
        else if (Array.isArray(value)) headers[name.toLowerCase()] = value.join(', ');
        else if (typeof value === 'number') headers[name.toLowerCase()] = String(value);
      }
      return {
        status: response.status,
        headers,
        body: typeof response.data === 'string' ? response.data : '',
      };
    } catch (error) {
      throw toTransportFailure(error, request);
    }
  }

  /** Closes idle sockets; in-flight requests finish. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

function toTransportFailure(error: unknown, request: TransportRequest): TransportFailure {
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  if (request.signal?.aborted || code === 'ERR_CANCELED') {
    return new TransportFailure('aborted', 'request aborted', code);
  }
  if (code === 'ETIMEDOUT' || code === 'ECONNABORTED') {
    return new TransportFailure('timeout', `no response within ${request.timeoutMs} ms`, code);
  }
  // Only the code and a generic message: axios messages can quote the URL, never a header, but stay safe.
  return new TransportFailure('network', `network error${code ? ` ${code}` : ''}`, code);
}
