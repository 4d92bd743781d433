/** In-memory shapes of the WebWork simulator; field names follow the v2 wire format. */

export const ROLES = ['owner', 'executive_manager', 'project_manager', 'team_manager', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface SimUser {
  id: number;
  email: string;
  firstname: string;
  lastname: string;
  timezone: string;
}

export interface SimWorkspace {
  id: number;
  workspace_name: string;
  owner_id: number;
  created_at: string;
}

export interface SimMembership {
  workspace_id: number;
  user_id: number;
  role: Role;
  status: 'active' | 'invited' | 'archived';
  rate: number;
  rate_status: 0 | 1;
  weekly_hours_limit: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SimProject {
  id: number;
  workspace_id: number;
  name: string;
  /** 1 active, 0 archived (archive is the API's DELETE). */
  status: 0 | 1;
  owner_id: number;
  start_date: string | null;
  deadline: string | null;
  estimation: number | null;
  budget_estimation: number | null;
  notes: string | null;
  icon: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SimContract {
  id: number;
  workspace_id: number;
  project_id: number;
  user_id: number;
  rate: number;
  status: 'active' | 'paused' | 'ended';
  weekly_hours_limit: number | null;
  screenshots: number;
  created_at: string;
  updated_at: string;
}

export interface SimAssignment {
  user_id: number;
  assigner_id: number;
}

export interface SimTask {
  id: number;
  workspace_id: number;
  project_id: number;
  title: string;
  description: string | null;
  owner_id: number;
  creator_id: number;
  status: number;
  priority: number;
  start_date: string | null;
  end_date: string | null;
  completed_at: string | null;
  parent_id: number | null;
  assignees: SimAssignment[];
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SimTimeEntry {
  id: number;
  workspace_id: number;
  user_id: number;
  contract_id: number;
  project_id: number;
  task_id: number | null;
  /** Y-m-d, the day the entry belongs to. */
  date: string;
  /** "HH:MM" on that day (UTC in the simulator). */
  start_time: string;
  end_time: string;
  duration_minutes: number;
  notes: string | null;
  source: 'tracker' | 'manual';
  created_at: string;
}

export interface SimTracker {
  workspace_id: number;
  user_id: number;
  contract_id: number;
  project_id: number;
  task_id: number | null;
  activity_description: string | null;
  start_time: string;
}

export interface SimTimesheet {
  /** Timesheet ids are encrypted strings in the real API; UUID-like here. */
  id: string;
  workspace_id: number;
  user_id: number;
  date_from: string;
  date_to: string;
  status: 'open' | 'submitted' | 'rejected' | 'approved';
  submitted_at: string | null;
}

export interface SimState {
  users: SimUser[];
  workspaces: SimWorkspace[];
  memberships: SimMembership[];
  projects: SimProject[];
  contracts: SimContract[];
  tasks: SimTask[];
  timeEntries: SimTimeEntry[];
  trackers: SimTracker[];
  timesheets: SimTimesheet[];
  /** Bearer token -> user id. */
  tokens: Map<string, number>;
  nextId: { user: number; project: number; contract: number; task: number; timeEntry: number };
}
