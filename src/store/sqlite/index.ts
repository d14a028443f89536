export { openSqliteStore, SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, migrate, schemaVersion, type Migration } from './migrations.js';
