/** The simulator's in-memory data, shaped like the Worksnaps elements of PROVIDERS.md 1.5. */
export interface SimUser {
  id: number;
  login: string;
  first_name: string;
  last_name: string;
  email: string;
  timezone_id: number;
  timezone_name: string;
  is_in_daylight_time: boolean;
  api_token: string;
  password: string;
}

export interface SimProject {
  id: number;
  name: string;
  description: string;
  status: string;
  owner_id: number;
}

export interface SimTask {
  id: number;
  project_id: number;
  name: string;
  description: string;
}

export interface SimTaskAssignment {
  id: number;
  project_id: number;
  task_id: number;
  user_id: number;
}

export type SimRole = 'manager' | 'user';

export interface SimUserAssignment {
  id: number;
  project_id: number;
  user_id: number;
  role: SimRole;
  flag_allow_logging_time: number;
  hourly_rate: number;
  window_for_adding_offline_time: number;
  window_for_deleting_time: number;
}

export interface SimTimeEntry {
  id: number;
  project_id: number;
  user_id: number;
  task_id: number;
  /** Unix seconds, always on a 10-minute boundary. */
  from_timestamp: number;
  logged_timestamp: number;
  duration_in_minutes: number;
  type: 'online' | 'offline';
  user_comment: string;
  user_ip: string;
  activity_level: number;
}

export interface WorksnapsState {
  users: Map<number, SimUser>;
  projects: Map<number, SimProject>;
  tasks: Map<number, SimTask>;
  taskAssignments: Map<number, SimTaskAssignment>;
  userAssignments: Map<number, SimUserAssignment>;
  timeEntries: Map<number, SimTimeEntry>;
  /** The out-of-band partner token that may create users. */
  partnerToken: string;
  nextId: number;
}

export function createState(partnerToken: string): WorksnapsState {
  return {
    users: new Map(),
    projects: new Map(),
    tasks: new Map(),
    taskAssignments: new Map(),
    userAssignments: new Map(),
    timeEntries: new Map(),
    partnerToken,
    nextId: 1000,
  };
}

export function newId(state: WorksnapsState): number {
  state.nextId += 1;
  return state.nextId;
}

export function membership(state: WorksnapsState, projectId: number, userId: number): SimUserAssignment | undefined {
  for (const ua of state.userAssignments.values()) {
    if (ua.project_id === projectId && ua.user_id === userId) return ua;
  }
  return undefined;
}

export function userByToken(state: WorksnapsState, token: string): SimUser | undefined {
  for (const user of state.users.values()) if (user.api_token === token) return user;
  return undefined;
}

export const TEN_MINUTES = 600;
export const THIRTY_DAYS = 30 * 24 * 3600;
