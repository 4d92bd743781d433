import { newId } from '../data.js';
import { dateTime } from '../format.js';
import {
  extras,
  findProject,
  findTask,
  param,
  required,
  SimError,
  taskOf,
  userByEmail,
  userRef,
  type Handler,
} from '../request.js';
import { taskPage } from '../serialize.js';
import { recordEvent } from './events.js';

const getComments: Handler = (req) => {
  const task = taskOf(req);
  const withFiles = extras(req).has('files');
  const comments = req.state.comments.filter((c) => c.taskId === task.id);
  return {
    data: comments.map((c) => ({
      id: c.id,
      page: `${taskPage(task)}#com${c.id}`,
      text: c.text,
      date_added: c.dateAdded,
      user_from: userRef(req.state, c.userFromId),
      ...(withFiles ? { files: [] } : {}),
    })),
  };
};

const postComment: Handler = (req) => {
  const { state } = req;
  const task = taskOf(req);
  const todos = req.params.getAll('todo[]').filter(Boolean);
  const text = [param(req, 'text') ?? '', ...todos.map((t) => `[ ] ${t}`)].filter(Boolean).join('\n');
  if (!text) throw new SimError(10, 'Field is required', 'text');
  const from = param(req, 'email_user_from');
  const comment = {
    id: newId(state),
    taskId: task.id,
    text,
    dateAdded: dateTime(req.now),
    userFromId: from ? userByEmail(state, from).id : state.ownerId,
  };
  state.comments.push(comment);
  recordEvent(req, {
    action: 'post',
    type: 'comment',
    id: comment.id,
    page: `${taskPage(task)}#com${comment.id}`,
    projectId: task.projectId,
    next: { text },
    old: {},
  });
  return {
    data: {
      id: comment.id,
      page: `${taskPage(task)}#com${comment.id}`,
      text,
      date_added: comment.dateAdded,
      user_from: userRef(state, comment.userFromId),
    },
  };
};

const getFiles: Handler = (req) => {
  const task = findTask(req, true);
  const project = task ? null : findProject(req);
  const files = req.state.files.filter((f) => (task ? f.taskId === task.id : f.projectId === project!.id));
  return {
    data: files.map((f) => ({
      id: f.id,
      page: `/download/${f.id}/`,
      name: f.name,
      size: Buffer.byteLength(f.content),
      date_added: f.dateAdded,
      user_from: userRef(req.state, f.userFromId),
    })),
  };
};

/** Raw bytes with Content-Disposition; a JSON error body when the file does not exist. */
const download: Handler = (req) => {
  const id = required(req, 'id_file');
  const file = req.state.files.find((f) => f.id === id);
  if (!file) throw new SimError(4, 'File not found');
  return {
    raw: {
      status: 200,
      headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${file.name}"` },
      body: file.content,
    },
  };
};

export const contentHandlers: Record<string, Handler> = {
  get_comments: getComments,
  post_comment: postComment,
  get_files: getFiles,
  download,
};
