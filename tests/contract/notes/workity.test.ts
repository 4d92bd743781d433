import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorkitySimulator, type WorkitySimulator } from '../../simulators/workity/index.js';

let sim: WorkitySimulator;
let dir: string;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);
type Row = Record<string, unknown>;

/** Random bytes that surely hold 0x00 and 0xFF, the bytes a text round trip would spoil. */
function binary(length: number): Buffer {
  const bytes = randomBytes(length);
  bytes[0] = 0x00;
  bytes[1] = 0xff;
  bytes[length - 1] = 0x00;
  return bytes;
}

const simNotes = () => [...sim.state.items.values()].filter((i) => i.kind === 'note');

beforeAll(async () => {
  sim = await startWorkitySimulator({ tasksPerProject: 2 });
  dir = mkdtempSync(join(tmpdir(), 'worktray-notes-'));
  dataDir = join(dir, 'data');
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Workity notes and files through the CLI, checked on the simulator', () => {
  let accountId = '';
  let noteKey = '';
  let noteId = '';

  it('adds the account and syncs', async () => {
    const added = await cli(
      ['accounts', 'add', 'workity', '--label', 'Plant', '--base-url', sim.url, '--email', sim.users.lenny.email],
      sim.users.lenny.password,
    );
    expect(added.code).toBe(0);
    accountId = String((added.json as Row).id);
    expect((await cli(['sync'])).code).toBe(0);
  });

  it('note add makes the note on the server with its title and text, and notes lists it', async () => {
    const run = await cli(['note', 'add', 'Picnic rota', '--account', accountId, '--project', '11', '--text', 'Homer\nNed']);
    expect(run.code).toBe(0);
    const result = run.json as { key: string; state: string; remoteId: string };
    expect(result.state).toBe('sent');
    noteKey = result.key;
    noteId = result.remoteId;
    const onServer = simNotes().filter((n) => n.title === 'Picnic rota');
    expect(onServer.map((n) => [n.id, n.projectId, n.details])).toEqual([[noteId, 11, 'Homer\nNed']]);
    const listed = (await cli(['notes', '--account', accountId, '--project', '11'])).json as Row[];
    expect(listed.find((n) => n.remoteId === noteId)).toEqual({
      key: noteKey,
      accountId,
      projectRemoteId: '11',
      remoteId: noteId,
      title: 'Picnic rota',
      text: 'Homer\nNed',
      modifiedAt: expect.any(String),
    });
  });

  it('a note whose reply was lost is found on the server, not made twice', async () => {
    sim.faults.dropAfterCommitNext = 1;
    const run = await cli(['note', 'add', 'Lost reply', '--account', accountId, '--project', '11']);
    const onServer = simNotes().filter((n) => n.title === 'Lost reply');
    expect(onServer).toHaveLength(1);
    if ((run.json as Row).state !== 'sent') expect((await cli(['push', '--account', accountId])).code).toBe(0);
    expect(simNotes().filter((n) => n.title === 'Lost reply')).toHaveLength(1);
    expect((await cli(['outbox'])).json).toEqual([]);
    const listed = (await cli(['notes', '--account', accountId])).json as Row[];
    expect(listed.filter((n) => n.title === 'Lost reply').map((n) => n.remoteId)).toEqual([onServer[0]!.id]);
  });

  it('note edit changes the note on the server', async () => {
    const before = sim.state.items.get(`note:${noteId}`)!.revision;
    const run = await cli(['note', 'edit', noteKey, '--title', 'Guests', '--text', 'Homer\nNed\nMoe']);
    expect(run.json).toMatchObject({ key: noteKey, state: 'sent', remoteId: noteId });
    const note = sim.state.items.get(`note:${noteId}`)!;
    expect([note.title, note.details, note.revision]).toEqual(['Guests', 'Homer\nNed\nMoe', before + 1]);
  });

  it('an edit that meets a newer save by someone else becomes a conflict, not a silent overwrite', async () => {
    const carl = sim.actAs('carl');
    expect(
      carl.callNumber('SaveNote', {
        ProjectID: 11,
        NoteID: noteId,
        Title: 'Guests',
        Details: 'Carl: Lenny and Carl',
        NewRevision: sim.state.items.get(`note:${noteId}`)!.revision + 1,
        ModificationDate: '2030-01-01T10:00',
      }),
    ).toBe(0);
    await cli(['note', 'edit', noteKey, '--text', 'Lenny: Homer, Ned, Moe']);
    const tagged = simNotes().filter((n) => n.keywordIds.includes(1));
    expect(tagged.map((n) => n.details).sort()).toEqual(['Carl: Lenny and Carl', 'Lenny: Homer, Ned, Moe']);
    const conflicts = (await cli(['conflicts'])).json as Row[];
    expect(conflicts.filter((c) => c.key === noteKey)).toEqual([
      expect.objectContaining({
        kind: 'write-write',
        fields: { details: { base: 'Homer\nNed\nMoe', mine: 'Lenny: Homer, Ned, Moe', theirs: 'Carl: Lenny and Carl' } },
      }),
    ]);
    const conflictId = String(conflicts.find((c) => c.key === noteKey)!.id);
    expect((await cli(['conflicts', 'resolve', conflictId, '--keep', 'mine'])).code).toBe(0);
    const left = simNotes().filter((n) => n.details.includes('Homer, Ned, Moe') || n.details.startsWith('Carl:'));
    expect(left.map((n) => [n.id, n.details, n.keywordIds.includes(1)])).toEqual([[noteId, 'Lenny: Homer, Ned, Moe', false]]);
  });

  it('comments and comment on a Workity task exit 1 with unsupported and the reason', async () => {
    const [task] = (await cli(['tasks', '--account', accountId, '--limit', '1'])).json as Row[];
    for (const args of [
      ['comments', String(task!.key)],
      ['comment', String(task!.key), 'Hello'],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stderr.trim().split('\n').pop()!)).toMatchObject({
        error: { code: 'unsupported', message: expect.stringMatching(/comments/) },
      });
    }
    expect((await cli(['outbox'])).json).toEqual([]);
  });

  it('file get writes the exact bytes the server holds', async () => {
    const bytes = binary(70_000);
    const id = String(
      sim.actAs('carl').call('NewFile', {
        ProjectID: 11,
        Name: 'scan.bin',
        ContentType: 'application/octet-stream',
        Details: '',
        Bytes: bytes.toString('base64'),
        ModificationDate: '2030-01-01T11:00',
      }),
    );
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    const files = (await cli(['files', '--account', accountId])).json as Row[];
    const row = files.find((f) => f.name === 'scan.bin')!;
    expect(row).toEqual({
      key: expect.any(String),
      accountId,
      name: 'scan.bin',
      size: bytes.length,
      modifiedAt: expect.any(String),
    });
    const out = join(dir, 'scan-copy.bin');
    const run = await cli(['file', 'get', String(row.key), '--out', out]);
    expect(run.json).toEqual({ path: out, size: bytes.length });
    expect(readFileSync(out).equals(sim.state.items.get(`file:${id}`)!.bytes!)).toBe(true);
  });

  it('file add uploads the exact bytes', async () => {
    const bytes = binary(5_000);
    const path = join(dir, 'upload.bin');
    writeFileSync(path, bytes);
    const run = await cli(['file', 'add', path, '--account', accountId, '--project', '12']);
    expect(run.code).toBe(0);
    const remoteId = String((run.json as Row).remoteId);
    const stored = sim.state.items.get(`file:${remoteId}`)!;
    expect([stored.title, stored.projectId]).toEqual(['upload.bin', 12]);
    expect(stored.bytes!.equals(bytes)).toBe(true);
  });

  it('with the server down: a note is queued and lands once after it is back; an upload says it needs a connection', async () => {
    const port = Number(new URL(sim.url).port);
    const state = sim.state;
    await sim.close();
    const queued = await cli(['note', 'add', 'Offline idea', '--account', accountId, '--project', '11']);
    expect(queued.code).toBe(0);
    expect(queued.json).toMatchObject({ state: 'queued', remoteId: null });
    const path = join(dir, 'offline.bin');
    writeFileSync(path, binary(100));
    const upload = await cli(['file', 'add', path, '--account', accountId, '--project', '11']);
    expect(upload.code).toBe(1);
    expect(JSON.parse(upload.stderr.trim().split('\n').pop()!)).toMatchObject({ error: { code: 'offline' } });

    sim = await startWorkitySimulator({ port, tasksPerProject: 2 });
    Object.assign(sim.state, state);
    expect((await cli(['push', '--account', accountId])).code).toBe(0);
    expect(simNotes().filter((n) => n.title === 'Offline idea')).toHaveLength(1);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
