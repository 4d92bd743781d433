import type { Member } from '../../../shared/model.js';
import type { Db } from './db.js';

export interface MembersRepo {
  /** Every member of one account, or of all accounts, by name. */
  list(accountId?: string): Member[];
  /** Replaces an account's members with what the last pull saw. */
  replace(accountId: string, members: Member[]): void;
}

interface MemberRow {
  account_id: string;
  remote_id: string;
  name: string;
  email: string | null;
  ref: string;
}

const toMember = (row: MemberRow): Member => ({
  accountId: row.account_id,
  remoteId: row.remote_id,
  name: row.name,
  email: row.email,
  ref: row.ref,
});

export function createMembersRepo(db: Db): MembersRepo {
  const all = db.prepare('SELECT * FROM members ORDER BY account_id, name COLLATE NOCASE, remote_id');
  const ofAccount = db.prepare('SELECT * FROM members WHERE account_id = ? ORDER BY name COLLATE NOCASE, remote_id');
  const clear = db.prepare('DELETE FROM members WHERE account_id = ?');
  const insert = db.prepare(
    `INSERT INTO members (account_id, remote_id, name, email, ref) VALUES (@accountId, @remoteId, @name, @email, @ref)
     ON CONFLICT(account_id, remote_id) DO UPDATE SET name = excluded.name, email = excluded.email, ref = excluded.ref`,
  );
  return {
    list(accountId) {
      const rows = (accountId === undefined ? all.all() : ofAccount.all(accountId)) as MemberRow[];
      return rows.map(toMember);
    },
    replace(accountId, members) {
      clear.run(accountId);
      for (const m of members) insert.run({ ...m, accountId });
    },
  };
}
