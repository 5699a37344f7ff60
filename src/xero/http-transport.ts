import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';
import { XeroApiError } from '../errors/api-errors.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';

/** One HTTP exchange, as the call pipeline describes it. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Already serialised JSON, raw bytes (an attachment upload), or undefined. */
  body: string | Uint8Array | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** `bytes`: the answer is kept as bytes too (`TransportResponse.bytes`), never decoded as text. */
  responseType?: 'text' | 'bytes' | undefined;
}

/** Any answer from the server, whatever its status. The body is kept as text so broken JSON is detectable. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The raw answer of a 2xx to a `responseType: 'bytes'` request (`body` is then empty). */
  bytes?: Uint8Array | undefined;
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

/** Size bounds of one exchange (the host's `http` options). */
export interface HttpTransportLimits {
  /** Largest request body sent, in bytes. @default HttpTransport.DEFAULT_MAX_REQUEST_BYTES */
  maxRequestBytes?: number | undefined;
  /** Largest response body read (after decompression), in bytes. @default HttpTransport.DEFAULT_MAX_RESPONSE_BYTES */
  maxResponseBytes?: number | undefined;
}

/**
 * The one axios instance of a host, over keep-alive agents so thousands of calls reuse a few sockets.
 * Statuses are never thrown: the pipeline maps them itself. Bodies are bounded both ways: a request body
 * over the limit is refused before anything is sent, and a response over it is dropped unread (the socket
 * is closed) as a typed error, so a misbehaving server or proxy cannot make the host buffer without end.
 */
export class HttpTransport {
  /** Xero refuses a request over 3.5 MB (and batches of more than 50 elements): failing here is clearer. */
  static readonly DEFAULT_MAX_REQUEST_BYTES = 3.5 * 1024 * 1024;
  /**
   * Room for Xero's largest answers (a 1,000-item page with line items, a big report, a 25 MB attachment)
   * while keeping one response, and its parsed copy, well inside a Node heap.
   */
  static readonly DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
  /**
   * The bound on a byte body (an attachment upload) instead of `maxRequestBytes`, which bounds JSON: Xero
   * takes attachments of up to 10 MB each (the attachments endpoint refuses larger files before this).
   */
  static readonly MAX_BYTE_BODY_BYTES = 10 * 1024 * 1024;

  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly axios: AxiosInstance;
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;

  constructor(limits: HttpTransportLimits = {}) {
    this.maxRequestBytes = limits.maxRequestBytes ?? HttpTransport.DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = limits.maxResponseBytes ?? HttpTransport.DEFAULT_MAX_RESPONSE_BYTES;
    this.axios = axios.create({
      httpAgent: this.httpAgent,
      httpsAgent: this.httpsAgent,
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 0,
      proxy: false,
      transitional: { clarifyTimeoutError: true },
      maxBodyLength: this.maxRequestBytes,
      maxContentLength: this.maxResponseBytes,
    });
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    const { body } = request;
    const maxRequestBytes =
      body === undefined || typeof body === 'string'
        ? this.maxRequestBytes
        : HttpTransport.MAX_BYTE_BODY_BYTES;
    const bodyBytes =
      body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
    if (bodyBytes > maxRequestBytes) {
      throw new InvalidArgumentError(
        `The request body of ${request.method.toUpperCase()} ${pathOf(request.url)} is ${bodyBytes} bytes, larger than ${maxRequestBytes} bytes ${
          typeof body === 'string'
            ? '(http.maxRequestBytes; Xero refuses requests over 3.5 MB): split the batch'
            : "(Xero's limit for one file is 10 MB)"
        }`,
        [{ path: 'data', message: `${bodyBytes} bytes > ${maxRequestBytes}` }],
      );
    }
    const binary = request.responseType === 'bytes';
    try {
      const response = await this.axios.request<string | Buffer>({
        method: request.method,
        url: request.url,
        headers: request.headers,
        // A Buffer over the same memory: axios sends a Buffer as is (a bare view would send its whole ArrayBuffer).
        data:
          body === undefined || typeof body === 'string'
            ? body
            : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
        timeout: request.timeoutMs,
        ...(maxRequestBytes !== this.maxRequestBytes ? { maxBodyLength: maxRequestBytes } : {}),
        // Text decoding would corrupt a binary answer: a download is read as bytes.
        ...(binary ? { responseType: 'arraybuffer' as const } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (typeof value === 'string') headers[name.toLowerCase()] = value;
        else if (Array.isArray(value)) headers[name.toLowerCase()] = value.join(', ');
        else if (typeof value === 'number') headers[name.toLowerCase()] = String(value);
      }
      const { data } = response;
      if (binary && Buffer.isBuffer(data)) {
        // Errors are JSON or text: only a success is handed on as bytes.
        const ok = response.status >= 200 && response.status < 300;
        return {
          status: response.status,
          headers,
          body: ok ? '' : data.toString('utf8'),
          ...(ok ? { bytes: data } : {}),
        };
      }
      return { status: response.status, headers, body: typeof data === 'string' ? data : '' };
    } catch (error) {
      if (isOverLimit(error, 'maxContentLength')) {
        // Thrown, not a TransportFailure: retrying would fetch the same oversized answer again.
        throw new XeroApiError(
          `Xero's response was larger than ${this.maxResponseBytes} bytes (http.maxResponseBytes) and was dropped unread; the call itself may have taken effect`,
          {},
        );
      }
      if (isOverLimit(error, 'maxBodyLength')) {
        throw new InvalidArgumentError(
          `The request body of ${request.method.toUpperCase()} ${pathOf(request.url)} is larger than ${maxRequestBytes} bytes (http.maxRequestBytes)`,
          [{ path: 'data', message: `more than ${maxRequestBytes} bytes` }],
        );
      }
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

/** axios's own limit errors: "maxContentLength size of N exceeded", "Request body larger than maxBodyLength limit". */
function isOverLimit(error: unknown, limit: 'maxContentLength' | 'maxBodyLength'): boolean {
  const e = error as { isAxiosError?: unknown; message?: unknown };
  return e?.isAxiosError === true && typeof e.message === 'string' && e.message.includes(limit);
}

/** The path of a URL without its query (which can carry filters worth keeping out of messages). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '(unparseable URL)';
  }
}
