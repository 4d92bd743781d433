import {
  ProjectSchema,
  TaskAssignmentSchema,
  TaskSchema,
  UserAssignmentSchema,
  UserSchema,
  readList,
  readOne,
  type TaskAssignment,
  type User,
  type UserAssignment,
  type WsProject,
  type WsTask,
} from './schema.js';
import { expectStatus, idSegment, projectPath, WorksnapsTransport, type TransportOptions } from './transport.js';
import { TimeEntriesApi } from './timeEntriesApi.js';

export interface ProjectInput {
  name: string;
  description: string;
}

export interface TaskInput {
  name: string;
  description: string;
}

/** One method per endpoint of PROVIDERS.md 1.4 that Worktray uses. Reads retry; writes are sent once. */
export class WorksnapsClient {
  readonly transport: WorksnapsTransport;
  readonly time: TimeEntriesApi;

  constructor(options: TransportOptions) {
    this.transport = new WorksnapsTransport(options);
    this.time = new TimeEntriesApi(this.transport);
  }

  async me(): Promise<User> {
    return readOne(await this.transport.read('/me.xml'), 'user', UserSchema);
  }

  async listUsers(): Promise<User[]> {
    return readList(await this.transport.read('/users.xml'), 'users', 'user', UserSchema);
  }

  async getUser(userId: string): Promise<User> {
    return readOne(await this.transport.read(`/users/${idSegment(userId, 'userId')}.xml`), 'user', UserSchema);
  }

  async listProjects(): Promise<WsProject[]> {
    return readList(await this.transport.read('/projects.xml'), 'projects', 'project', ProjectSchema);
  }

  async getProject(projectId: string): Promise<WsProject> {
    return readOne(await this.transport.read(projectPath(projectId, '.xml')), 'project', ProjectSchema);
  }

  async createProject(input: ProjectInput): Promise<WsProject> {
    const doc = await this.transport.write('POST', '/projects.xml', { body: { project: input } });
    return readOne(doc, 'project', ProjectSchema);
  }

  async updateProject(projectId: string, input: Partial<ProjectInput>): Promise<WsProject> {
    const doc = await this.transport.write('PUT', projectPath(projectId, '.xml'), { body: { project: input } });
    return readOne(doc, 'project', ProjectSchema);
  }

  async deleteProject(projectId: string): Promise<void> {
    expectStatus(await this.transport.write('DELETE', projectPath(projectId, '.xml')), 'delete the project');
  }

  async listTasks(projectId: string): Promise<WsTask[]> {
    return readList(await this.transport.read(projectPath(projectId, '/tasks.xml')), 'tasks', 'task', TaskSchema);
  }

  /** With its assignments nested (`include_task_assignment=1`). */
  async getTask(projectId: string, taskId: string): Promise<WsTask> {
    const path = projectPath(projectId, `/tasks/${idSegment(taskId, 'taskId')}.xml`);
    return readOne(await this.transport.read(path, { include_task_assignment: 1 }), 'task', TaskSchema);
  }

  async createTask(projectId: string, input: TaskInput): Promise<WsTask> {
    const doc = await this.transport.write('POST', projectPath(projectId, '/tasks.xml'), { body: { task: input } });
    return readOne(doc, 'task', TaskSchema);
  }

  async updateTask(projectId: string, taskId: string, input: Partial<TaskInput>): Promise<WsTask> {
    const path = projectPath(projectId, `/tasks/${idSegment(taskId, 'taskId')}.xml`);
    return readOne(await this.transport.write('PUT', path, { body: { task: input } }), 'task', TaskSchema);
  }

  async deleteTask(projectId: string, taskId: string): Promise<void> {
    const path = projectPath(projectId, `/tasks/${idSegment(taskId, 'taskId')}.xml`);
    expectStatus(await this.transport.write('DELETE', path), 'delete the task');
  }

  async listTaskAssignments(projectId: string): Promise<TaskAssignment[]> {
    const doc = await this.transport.read(projectPath(projectId, '/task_assignments.xml'));
    return readList(doc, 'task_assignments', 'task_assignment', TaskAssignmentSchema);
  }

  async getTaskAssignment(projectId: string, assignmentId: string): Promise<TaskAssignment> {
    const doc = await this.transport.read(
      projectPath(projectId, `/task_assignments/${idSegment(assignmentId, 'assignmentId')}.xml`),
    );
    return readOne(doc, 'task_assignment', TaskAssignmentSchema);
  }

  async assignTask(projectId: string, taskId: string, userId: string): Promise<TaskAssignment> {
    const body = { task_assignment: { task_id: idSegment(taskId, 'taskId'), user_id: idSegment(userId, 'userId') } };
    const doc = await this.transport.write('POST', projectPath(projectId, '/task_assignments.xml'), { body });
    return readOne(doc, 'task_assignment', TaskAssignmentSchema);
  }

  /** Endpoint 19: by task and user, so the assignment id need not be known. */
  async unassignTask(projectId: string, taskId: string, userId: string): Promise<void> {
    const query = { task_id: idSegment(taskId, 'taskId'), user_id: idSegment(userId, 'userId') };
    const doc = await this.transport.write('DELETE', projectPath(projectId, '/task_assignments.xml'), { query });
    expectStatus(doc, 'remove the task assignment');
  }

  async listUserAssignments(projectId: string): Promise<UserAssignment[]> {
    const doc = await this.transport.read(projectPath(projectId, '/user_assignments.xml'));
    return readList(doc, 'user_assignments', 'user_assignment', UserAssignmentSchema);
  }
}
