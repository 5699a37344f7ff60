// The opt-in PostgreSQL backend, passed to the host as its `backend` option. Nothing here imports pg at run
// time unless `createPostgresBackend({ connectionString })` is called.
export {
  createPostgresBackend,
  type MigrationResult,
  type PostgresBackend,
  type PostgresBackendOptions,
  type PostgresPool,
  type PostgresPoolClient,
} from './postgres-backend.js';
