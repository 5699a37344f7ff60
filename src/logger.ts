import { redact, redactValue } from './errors/redact.js';

/** Structured logger the host plugs in (pino, winston, console…). Fields are already secret-free. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The default: logs nothing. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Wraps a host logger so every message and field is scrubbed of secrets before it leaves the SDK. */
export function redactingLogger(inner: Logger): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields === undefined) inner[level](redact(message));
      else inner[level](redact(message), redactValue(fields) as Record<string, unknown>);
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
