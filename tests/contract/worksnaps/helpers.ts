import axios from 'axios';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { vi } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import type { Project, Task, TimeEntry } from '../../../shared/model.js';
import { createLogger } from '../../../main/core/log.js';
import { createWorksnapsAdapter } from '../../../main/core/providers/worksnaps/index.js';
import type { ProviderContext, PullSink } from '../../../main/core/providers/types.js';
import type { WorksnapsSimulator } from '../../simulators/worksnaps/index.js';

/** Small waits so fault tests stay fast; the behaviour (which calls retry) is what is tested. */
export const adapter = createWorksnapsAdapter({ retry: { retries: 3, minTimeoutMs: 5, maxTimeoutMs: 20 } });

export function makeCtx(
  sim: WorksnapsSimulator,
  token: string,
  settings: Record<string, unknown> = {},
): ProviderContext & { saveSettings: ReturnType<typeof vi.fn> } {
  return {
    account: { id: 'acc1', provider: 'worksnaps', label: 'Test', baseUrl: sim.url, settings, createdAt: '2025-01-01T00:00:00Z' },
    secret: token,
    now: () => new Date(),
    log: createLogger('test'),
    timeoutMs: 2000,
    saveSettings: vi.fn(),
  };
}

export function connect(sim: WorksnapsSimulator, token = sim.tokens.alice, settings: Record<string, unknown> = {}) {
  return adapter.connect(makeCtx(sim, token, settings));
}

export interface RecordingSink extends PullSink {
  projectList: Project[];
  tasksByProject: Map<string, Task[]>;
  pages: { projectRemoteId: string; index: number; last: boolean }[];
  timeEntries: TimeEntry[];
}

export function recordingSink(): RecordingSink {
  const sink: RecordingSink = {
    projectList: [],
    tasksByProject: new Map(),
    pages: [],
    timeEntries: [],
    projects: (projects) => sink.projectList.push(...projects),
    tasks: (projectRemoteId, tasks, page) => {
      sink.tasksByProject.set(projectRemoteId, [...(sink.tasksByProject.get(projectRemoteId) ?? []), ...tasks]);
      sink.pages.push({ projectRemoteId, ...page });
    },
    items: () => undefined,
    news: () => undefined,
    time: (entries) => sink.timeEntries.push(...entries),
    timers: () => undefined,
    conflicts: () => undefined,
    members: () => undefined,
    progress: () => undefined,
  };
  return sink;
}

/** A parsed reply: element names down to text. */
export type XmlDoc = Record<string, unknown>;

/** The value at a dotted element path of a parsed reply, e.g. `reply.error_code`. */
export function at(doc: XmlDoc, path: string): unknown {
  let node: unknown = doc;
  for (const name of path.split('.')) node = node && typeof node === 'object' ? (node as XmlDoc)[name] : undefined;
  return node;
}

/** The text of a leaf element, failing the test when it is anything else. */
export function textAt(doc: XmlDoc, path: string): string {
  const value = at(doc, path);
  if (typeof value !== 'string') throw new Error(`expected text at ${path}, got ${JSON.stringify(value)}`);
  return value;
}

const builder = new XMLBuilder({ ignoreAttributes: false });
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true });

/** Talks to the simulator directly, for endpoints Worktray itself has no use for (user admin, user assignments). */
export async function raw(
  sim: WorksnapsSimulator,
  token: string,
  method: string,
  path: string,
  body?: Record<string, unknown> | string,
): Promise<{ status: number; doc: XmlDoc; text: string }> {
  const response = await axios.request<string>({
    baseURL: sim.url,
    url: path,
    method,
    data: body === undefined ? undefined : typeof body === 'string' ? body : builder.build(body),
    auth: { username: token, password: 'ignored' },
    headers: { Accept: 'application/xml', 'Content-Type': 'application/xml' },
    responseType: 'text',
    transformResponse: [(d: unknown) => d],
    validateStatus: () => true,
  });
  return { status: response.status, doc: parser.parse(response.data) as XmlDoc, text: response.data };
}

/** Seconds on a 10-minute boundary, `daysAgo` days before now. */
export function boundaryDaysAgo(daysAgo: number): number {
  const now = Math.floor(Date.now() / 1000) - daysAgo * 86400;
  return Math.floor(now / 600) * 600;
}

/** The AppError a call failed with; anything else (or success) fails the test. */
export async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
