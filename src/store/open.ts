import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

/** The store file the commands use when --db is not given. */
export const DEFAULT_STORE_PATH = 'kroniek.db';

export interface OpenStoreOptions {
  /** Refuse to create a new store (for commands that only read). */
  mustExist?: boolean;
}

/** Opens the store at `location`: today a SQLite file; a connection URL will pick another backend. */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  return openSqliteStore(location, options);
}
