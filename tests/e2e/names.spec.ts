import type { Page } from '@playwright/test';
import type { ProviderId, Task } from '../../shared/model.js';
import { PROVIDER_IDS } from '../../shared/model.js';
import type { Simulators } from '../simulators/all.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import type { HostClient } from './support/hostClient.js';
import { searchFor } from './support/ui.js';

/** The names of a task's assignees as the simulator itself holds the task and its people. */
function simulatorNames(sims: Simulators, provider: ProviderId, remoteId: string): string[] {
  switch (provider) {
    case 'webwork': {
      const { state } = sims.webwork;
      const task = state.tasks.find((t) => String(t.id) === remoteId)!;
      return task.assignees.map((a) => state.users.find((u) => u.id === a.user_id)!).map((u) => `${u.firstname} ${u.lastname}`);
    }
    case 'worksnaps': {
      const { state } = sims.worksnaps;
      return [...state.taskAssignments.values()]
        .filter((a) => a.task_id === Number(remoteId))
        .map((a) => state.users.get(a.user_id)!)
        .map((u) => `${u.first_name} ${u.last_name}`);
    }
    case 'worksection': {
      const { state } = sims.worksection;
      const task = state.tasks.find((t) => t.id === remoteId)!;
      const user = state.users.find((u) => u.id === task.userToId);
      return user ? [`${user.firstName} ${user.lastName}`] : [];
    }
    case 'workity': {
      const { state } = sims.workity;
      const item = state.items.get(`task:${remoteId}`)!;
      return item.personIds.map((id) => state.users.find((u) => u.id === id)!.name);
    }
  }
}

async function firstAssigned(client: HostClient, provider: ProviderId): Promise<Task> {
  const { tasks } = await client.invoke('tasks:list', { provider, status: 'not-done', limit: 500 });
  const task = tasks.find((t) => t.assignees.length > 0 && t.remoteId !== null);
  expect(task, `a ${provider} task with assignees`).toBeDefined();
  return task!;
}

async function openTask(page: Page, task: Task) {
  await searchFor(page, task.title);
  const row = page.locator(`[data-key="${task.key}"]`);
  await row.dblclick();
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('edit-title')).toHaveValue(task.title);
  return { row, detail };
}

test('assignees show by name, never by id, in rows and the detail pane for all four providers', async ({ page, app, sims }) => {
  await app.addAccounts();
  await app.open();
  for (const provider of PROVIDER_IDS) {
    const task = await firstAssigned(app.client, provider);
    const names = simulatorNames(sims, provider, task.remoteId!);
    expect(names.length, `${provider} simulator names someone`).toBeGreaterThan(0);
    const { row, detail } = await openTask(page, task);
    expect((await row.getByTestId('person').allTextContents()).sort()).toEqual([...names].sort());
    expect((await detail.getByTestId('assignee-chip').allTextContents()).map((t) => t.replace('×', '')).sort()).toEqual(
      [...names].sort(),
    );
    // Worksnaps and WebWork name people by user id, Worksection by e-mail: neither is shown as text.
    if (provider !== 'workity') {
      for (const ref of task.assignees) await expect(row.getByTestId('assignees')).not.toContainText(ref);
    }
    const project = (await app.client.invoke('projects:list', { accountId: task.accountId })).find(
      (p) => p.remoteId === task.projectRemoteId,
    )!;
    await expect(row).toContainText(project.name);
    await expect(detail.getByTestId('detail-where')).toContainText(project.name);
    await detail.getByRole('button', { name: 'Close details (Esc)' }).click();
  }
});

/** Someone the simulator lets this task be assigned to who is not assigned yet, by the simulator's own data. */
function newcomer(sims: Simulators, provider: 'webwork' | 'worksnaps', task: Task): { id: number; name: string } | null {
  if (provider === 'worksnaps') {
    const { state, users } = sims.worksnaps;
    const project = Number(task.projectRemoteId);
    // Worksnaps lets only a project's managers change its tasks' assignments.
    const manages = [...state.userAssignments.values()].some(
      (a) => a.project_id === project && a.user_id === users.alice.id && a.role === 'manager',
    );
    if (!manages) return null;
    const taken = new Set(simulatorNames(sims, 'worksnaps', task.remoteId!));
    const user = [...state.userAssignments.values()]
      .filter((a) => a.project_id === project)
      .map((a) => state.users.get(a.user_id)!)
      .find((u) => !taken.has(`${u.first_name} ${u.last_name}`));
    return user ? { id: user.id, name: `${user.first_name} ${user.last_name}` } : null;
  }
  const { state } = sims.webwork;
  const simTask = state.tasks.find((t) => String(t.id) === task.remoteId)!;
  const user = state.memberships
    .filter((m) => m.workspace_id === simTask.workspace_id && !m.deleted_at)
    .map((m) => state.users.find((u) => u.id === m.user_id)!)
    .find((u) => !simTask.assignees.some((a) => a.user_id === u.id));
  return user ? { id: user.id, name: `${user.firstname} ${user.lastname}` } : null;
}

function assignedOnSimulator(sims: Simulators, provider: 'webwork' | 'worksnaps', remoteId: string): number[] {
  if (provider === 'worksnaps') {
    return [...sims.worksnaps.state.taskAssignments.values()].filter((a) => a.task_id === Number(remoteId)).map((a) => a.user_id);
  }
  return sims.webwork.state.tasks.find((t) => String(t.id) === remoteId)!.assignees.map((a) => a.user_id);
}

for (const provider of ['webwork', 'worksnaps'] as const) {
  test(`an assignee picked by name on ${provider} reaches the server as that person's id`, async ({ page, app, sims }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.addAccounts([provider]);
    await app.open();
    const { tasks } = await app.client.invoke('tasks:list', { provider, status: 'not-done', limit: 500 });
    const task = tasks.find((t) => t.remoteId !== null && newcomer(sims, provider, t) !== null)!;
    const person = newcomer(sims, provider, task)!;
    const { detail } = await openTask(page, task);
    const picker = detail.getByTestId('edit-assignees');
    await picker.fill(person.name.split(' ')[0]!);
    const option = detail.getByRole('option', { name: new RegExp(`^${person.name}`) });
    await expect(option).toBeVisible();
    if (provider === 'webwork') {
      await page.emulateMedia({ colorScheme: 'light' });
      await saveScreenshot(page, 'assignee-picker-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await saveScreenshot(page, 'assignee-picker-dark');
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await option.click();
    await expect(detail.getByTestId('assignee-chip').filter({ hasText: person.name })).toBeVisible();
    const before = assignedOnSimulator(sims, provider, task.remoteId!);
    await detail.getByTestId('edit-save').click();
    await expect(detail.getByTestId('save-result')).toBeVisible();
    await app.client.invoke('outbox:push', {});
    await expect.poll(async () => (await app.client.invoke('outbox:list', {})).length).toBe(0);
    expect(assignedOnSimulator(sims, provider, task.remoteId!).sort()).toEqual([...before, person.id].sort());
  });
}

test('a field the service cannot take is off, with its reason on hover and for screen readers', async ({ page, app }) => {
  await app.addAccounts(['worksnaps']);
  const reason = (await app.client.invoke('capabilities:get', {})).worksnaps.notes.dueDates!;
  await app.open();
  const task = (await app.client.invoke('tasks:list', { provider: 'worksnaps', limit: 1 })).tasks[0]!;
  const { detail } = await openTask(page, task);
  const due = detail.getByTestId('edit-due');
  await expect(due).toBeDisabled();
  await expect(due).toHaveAttribute('title', reason);
  await expect(due).toHaveAccessibleDescription(reason);
  await expect(detail.getByTestId('cap-note-dueDates')).toHaveText(reason);
  await expect(detail.getByTestId('edit-priority')).toBeDisabled();
  await expect(detail.getByTestId('edit-details')).toBeEnabled();
});

test('the title counts toward the service limit and blocks saving over it, naming the service', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  await app.open();
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'not-done', limit: 1 })).tasks[0]!;
  const { detail } = await openTask(page, task);
  const title = detail.getByTestId('edit-title');
  await expect(detail.getByTestId('title-count')).toHaveCount(0);
  await title.fill('x'.repeat(1010));
  await expect(detail.getByTestId('title-count-figure')).toHaveText('1,010 / 1,024');
  await expect(title).toHaveAccessibleDescription(/1,010 \/ 1,024/);
  await expect(detail.getByTestId('edit-save')).toBeEnabled();
  await title.fill('x'.repeat(1030));
  await expect(detail.getByTestId('title-too-long')).toHaveText(
    'Title is too long for WebWork Tracker (1,024 characters at most); take out 6.',
  );
  await expect(detail.getByTestId('edit-save')).toBeDisabled();
});

test('priority shows in words in rows and can be changed in the editor', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  await app.open();
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'not-done', limit: 50 })).tasks.find(
    (t) => t.remoteId !== null && t.priority !== 10,
  )!;
  const { row, detail } = await openTask(page, task);
  await detail.getByTestId('edit-priority').selectOption('urgent');
  await detail.getByTestId('edit-save').click();
  await expect(row.getByTestId('row-priority')).toHaveText('Priority: Urgent');
  await app.client.invoke('outbox:push', {});
  await expect.poll(async () => (await app.client.invoke('outbox:list', {})).length).toBe(0);
  expect(sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!.priority).toBe(10);
});

test('the picker at 420×700', async ({ page, app }) => {
  await page.setViewportSize({ width: 420, height: 700 });
  await app.addAccounts(['webwork']);
  await app.open();
  const task = await firstAssigned(app.client, 'webwork');
  const { detail } = await openTask(page, task);
  await detail.getByTestId('edit-assignees').focus();
  await page.keyboard.press('ArrowDown');
  const list = detail.getByRole('listbox', { name: 'Assignees' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await list.getByRole('option').last().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'assignee-picker-narrow');
});
