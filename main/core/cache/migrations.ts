/**
 * Numbered schema migrations, applied in order at open. The database's
 * user_version records the last one applied; never edit a shipped migration,
 * add the next number instead.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the first schema */ `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    label TEXT NOT NULL,
    base_url TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
  );

  CREATE TABLE projects (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    raw TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX projects_account ON projects(account_id);

  CREATE TABLE tasks (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    project_remote_id TEXT NOT NULL,
    remote_id TEXT,
    parent_remote_id TEXT,
    title TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    raw_status TEXT,
    priority INTEGER,
    due_date TEXT,
    assignees TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    is_mine INTEGER NOT NULL DEFAULT 0,
    revision TEXT,
    updated_at TEXT,
    extras TEXT NOT NULL DEFAULT '{}',
    -- the server's version seen by a pull while a local change was pending
    server_json TEXT,
    -- what the local change started from, for the three-way compare
    base_json TEXT,
    changed_at TEXT NOT NULL
  );
  CREATE INDEX tasks_account_project ON tasks(account_id, project_remote_id);
  CREATE INDEX tasks_status ON tasks(status);
  CREATE INDEX tasks_due ON tasks(due_date);
  CREATE INDEX tasks_changed ON tasks(changed_at);

  CREATE VIRTUAL TABLE tasks_fts USING fts5(
    title, details, content='tasks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER tasks_ai AFTER INSERT ON tasks BEGIN
    INSERT INTO tasks_fts(rowid, title, details) VALUES (new.rowid, new.title, new.details);
  END;
  CREATE TRIGGER tasks_ad AFTER DELETE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, title, details) VALUES ('delete', old.rowid, old.title, old.details);
  END;
  CREATE TRIGGER tasks_au AFTER UPDATE OF title, details ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, title, details) VALUES ('delete', old.rowid, old.title, old.details);
    INSERT INTO tasks_fts(rowid, title, details) VALUES (new.rowid, new.title, new.details);
  END;

  CREATE TABLE items (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'file')),
    project_remote_id TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    title TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    revision TEXT,
    updated_at TEXT,
    extras TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX items_account_project ON items(account_id, project_remote_id);

  CREATE TABLE news (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    title TEXT NOT NULL,
    modified_by TEXT,
    modified_at TEXT
  );
  CREATE INDEX news_account ON news(account_id);

  CREATE TABLE time_entries (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('time', 'cost')),
    project_remote_id TEXT,
    task_remote_id TEXT,
    start TEXT,
    "end" TEXT,
    minutes REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX time_account_start ON time_entries(account_id, start);

  CREATE TABLE timers (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    task_remote_id TEXT,
    title TEXT NOT NULL,
    user_name TEXT,
    started_at TEXT
  );

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    op TEXT NOT NULL,
    key TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'failed', 'held')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    -- set before the first send: a create that may have reached the server is looked for before it is sent again
    first_sent_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_account ON outbox(account_id, id);
  CREATE INDEX outbox_key ON outbox(key);

  CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    fields TEXT NOT NULL,
    server_items TEXT NOT NULL DEFAULT '{}',
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT,
    -- the cached task as it was before settling, so the user can undo
    before_json TEXT
  );
  CREATE INDEX conflicts_open ON conflicts(resolved_at);

  -- a task made offline keeps answering to its local key after the server gave it an id
  CREATE TABLE key_aliases (
    old_key TEXT PRIMARY KEY,
    new_key TEXT NOT NULL
  );

  CREATE TABLE sync_state (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    last_synced_at TEXT,
    online INTEGER NOT NULL DEFAULT 1,
    error TEXT
  );
  `,
  /* 2: one process at a time pushes an account's outbox (the CLI, the web host and the app share one cache) */ `
  CREATE TABLE push_locks (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    -- pid and a random id: a lock whose process is gone is taken over at once, not after it expires
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  `,
  /*
   * 3 (issue 16), listings that never sort or count every row to show one page:
   * - tasks_fts gains prefix indexes for 2-4 characters, so the last typed word (always a prefix)
   *   reads one ready doclist instead of merging every term that starts with it; longer prefixes
   *   match few terms and stay cheap. The rebuild re-reads the tasks table once.
   * - one index per common order (the default "updated", "due", "title"), written exactly as
   *   taskQuery.ts's ORDER BY, so a page is read off the index and the walk stops at LIMIT.
   */ `
  DROP TABLE tasks_fts;
  CREATE VIRTUAL TABLE tasks_fts USING fts5(
    title, details, content='tasks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
  );
  INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild');
  CREATE INDEX tasks_order_updated ON tasks(updated_at IS NULL, COALESCE(updated_at, changed_at) DESC, key);
  CREATE INDEX tasks_order_due ON tasks(due_date IS NULL, due_date, title COLLATE NOCASE);
  CREATE INDEX tasks_order_title ON tasks(title COLLATE NOCASE, key);
  `,
  /* 4: the people each account can see (assignees by name), replaced on every sync */ `
  CREATE TABLE members (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    -- how the service's tasks name this person in their assignees (id, e-mail or name)
    ref TEXT NOT NULL,
    PRIMARY KEY (account_id, remote_id)
  );
  `,
  /*
   * 5 (issue 16): the "updated" order key. Ordering by updated_at put a task made here for a service that
   * keeps no change time (Worksnaps, Worksection) below every task that has one, so a quick-added task
   * vanished to the last page once the server answered. sort_at is updated_at, or the time a task was
   * made here, kept when the server's copy brings no time; indexed exactly as taskQuery.ts orders it.
   */ `
  ALTER TABLE tasks ADD COLUMN sort_at TEXT;
  UPDATE tasks SET sort_at = updated_at WHERE updated_at IS NOT NULL;
  UPDATE tasks SET sort_at = changed_at WHERE updated_at IS NULL AND remote_id IS NULL;
  DROP INDEX tasks_order_updated;
  CREATE INDEX tasks_order_sort ON tasks(sort_at IS NULL, COALESCE(sort_at, changed_at) DESC, key);
  `,
  /*
   * 6 (issue 16): the sidebar's per-project counts after every change read this index alone, in group
   * order, instead of every task row (63 → a few ms at 100,000 tasks); it also serves the account filter.
   */ `
  DROP INDEX tasks_account_project;
  CREATE INDEX tasks_account_project_status ON tasks(account_id, project_remote_id, status);
  `,
];
