import type { Account } from '../../../shared/model.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

interface AccountRow {
  id: string;
  provider: Account['provider'];
  label: string;
  base_url: string;
  settings: string;
  created_at: string;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  provider: row.provider,
  label: row.label,
  baseUrl: row.base_url,
  settings: parseJson<Record<string, unknown>>(row.settings, {}),
  createdAt: row.created_at,
});

export interface AccountsRepo {
  list(): Account[];
  get(id: string): Account | null;
  insert(account: Account): void;
  mergeSettings(id: string, patch: Record<string, unknown>): void;
  /** Removes the account; its cached rows go with it (ON DELETE CASCADE). */
  remove(id: string): boolean;
}

export function createAccountsRepo(db: Db): AccountsRepo {
  const get = (id: string): Account | null => {
    const row = db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  };
  return {
    list: () => (db.prepare('SELECT * FROM accounts ORDER BY created_at, id').all() as AccountRow[]).map(toAccount),
    get,
    insert(account) {
      db.prepare('INSERT INTO accounts (id, provider, label, base_url, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        account.id,
        account.provider,
        account.label,
        account.baseUrl,
        JSON.stringify(account.settings),
        account.createdAt,
      );
    },
    mergeSettings(id, patch) {
      const account = get(id);
      if (!account) return;
      db.prepare('UPDATE accounts SET settings = ? WHERE id = ?').run(JSON.stringify({ ...account.settings, ...patch }), id);
    },
    remove: (id) => db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0,
  };
}
