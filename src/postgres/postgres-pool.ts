/**
 * The part of a `pg` Pool the backend uses, described here so the package's public types never import
 * `pg` (an optional peer whose types live in `@types/pg`): a `new Pool(...)` from `pg` fits it as is.
 */
export interface PostgresPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PostgresPoolClient>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}

/** A client checked out of a {@link PostgresPool}, for a transaction. */
export interface PostgresPoolClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Returns the client to the pool; `true` destroys it instead (its state is unknown after a failure). */
  release(destroy?: boolean): void;
}
