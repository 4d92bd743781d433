import { NO_CAPABILITIES, type Capabilities, type ProviderId } from '../../shared/model.js';

const none = NO_CAPABILITIES;

/** What the in-memory API claims per provider; the real table comes from the core's adapters. */
export const MEMORY_CAPABILITIES: Record<ProviderId, Capabilities> = {
  worksnaps: {
    ...none,
    statusChanges: true,
    details: true,
    timeEntries: true,
    notes: { dueDates: 'Worksnaps tasks have no due date.', comments: 'Worksnaps has no task comments.' },
  },
  worksection: {
    ...none,
    statusChanges: true,
    dueDates: true,
    details: true,
    comments: true,
    costs: true,
    timers: true,
    tags: true,
    assignees: true,
    notes: { doingStatus: 'Worksection tasks are either active or done.' },
  },
  workity: {
    ...none,
    statusChanges: true,
    dueDates: true,
    details: true,
    deleteTasks: true,
    news: true,
    conflictCopies: true,
    notesAndFiles: true,
    notes: { assignees: 'The Workity API does not expose who a task is assigned to.' },
  },
  webwork: {
    ...none,
    statusChanges: true,
    doingStatus: true,
    dueDates: true,
    details: true,
    deleteTasks: true,
    timeEntries: true,
    assignees: true,
    notes: { comments: 'WebWork Tracker has no comments API.' },
  },
};
