import { newId, type WorksectionState } from './data.js';
import { dateTime, isoDate } from './format.js';

/** Comments, costs, files and one running timer on the first project. */
export function seedActivity(state: WorksectionState, now: Date): void {
  const first = state.tasks.filter((t) => t.projectId === state.projects[0]!.id && t.status === 'active');
  for (const [i, task] of first.slice(0, 6).entries()) {
    const user = state.users[i % 4]!;
    state.comments.push({
      id: newId(state),
      taskId: task.id,
      text: `Looked at this, ${i + 1} question(s) left.`,
      dateAdded: dateTime(new Date(now.getTime() - 7_200_000)),
      userFromId: user.id,
    });
    state.costs.push({
      id: newId(state),
      taskId: task.id,
      userId: user.id,
      comment: `Work on ${task.name}`,
      minutes: 30 + i * 15,
      money: 0,
      date: isoDate(new Date(now.getTime() - i * 86_400_000)),
      isTimer: i % 2 === 1,
    });
  }
  state.costs.push({
    id: newId(state),
    taskId: first[0]!.id,
    userId: state.ownerId,
    comment: 'Hosting invoice',
    minutes: 0,
    money: 75.17,
    date: isoDate(now),
    isTimer: false,
  });
  state.timers.push({
    id: newId(state),
    taskId: first[1]!.id,
    userId: state.users[1]!.id,
    startedAt: new Date(now.getTime() - 45 * 60_000),
  });
  for (const project of state.projects.slice(0, 2)) {
    state.files.push({
      id: newId(state),
      projectId: project.id,
      taskId: null,
      name: 'brief.txt',
      content: `Brief for ${project.name}\n`,
      dateAdded: dateTime(now),
      userFromId: state.ownerId,
    });
  }
  state.files.push({
    id: newId(state),
    projectId: first[0]!.projectId,
    taskId: first[0]!.id,
    name: 'mockup.txt',
    content: 'mockup v1\n',
    dateAdded: dateTime(now),
    userFromId: state.ownerId,
  });
}
