import { newId, type SimUser } from '../data.js';
import { param, required, SimError, taskOf, userByEmail, type Handler } from '../request.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function userJson(u: SimUser): Record<string, unknown> {
  return {
    id: u.id,
    first_name: u.firstName,
    last_name: u.lastName,
    name: `${u.firstName} ${u.lastName}`,
    title: u.title,
    rate: u.rate,
    avatar: '',
    group: u.group,
    department: u.department,
    role: u.role,
    email: u.email,
    phone: u.phone,
  };
}

function validEmail(value: string): string {
  if (!EMAIL.test(value)) throw new SimError(11, 'Invalid email', value);
  return value;
}

const addUser: Handler = (req) => {
  const email = validEmail(required(req, 'email'));
  const roles: Record<string, string> = { user: 'User', guest: 'Guest', reader: 'Reader' };
  const user: SimUser = {
    id: newId(req.state),
    firstName: param(req, 'first_name') ?? '',
    lastName: param(req, 'last_name') ?? '',
    email,
    role: roles[param(req, 'role') ?? 'user'] ?? 'User',
    title: param(req, 'title') ?? '',
    group: param(req, 'group') ?? '',
    department: param(req, 'department') ?? '',
    rate: 0,
    phone: '',
  };
  req.state.users.push(user);
  return { data: userJson(user) };
};

const addContact: Handler = (req) => {
  const email = validEmail(required(req, 'email'));
  const contact = {
    id: newId(req.state),
    name: required(req, 'name'),
    email,
    title: param(req, 'title') ?? '',
    group: param(req, 'group') ?? '',
    phone: param(req, 'phone') ?? '',
  };
  req.state.contacts.push(contact);
  return { data: contact };
};

function addGroup(kind: 'userGroups' | 'contactGroups', client: boolean): Handler {
  return (req) => {
    const group = {
      id: newId(req.state),
      title: required(req, 'title'),
      type: 'folder' as const,
      client: client || param(req, 'client') === '1' ? 1 : 0,
    };
    req.state[kind].push(group);
    return { data: group };
  };
}

function subscription(subscribe: boolean): Handler {
  return (req) => {
    const task = taskOf(req);
    const user = userByEmail(req.state, required(req, 'email_user'));
    task.subscriberIds = subscribe
      ? [...new Set([...task.subscriberIds, user.id])]
      : task.subscriberIds.filter((id) => id !== user.id);
    return {};
  };
}

export const memberHandlers: Record<string, Handler> = {
  get_users: (req) => ({ data: req.state.users.map(userJson) }),
  add_user: addUser,
  get_user_groups: (req) => ({ data: req.state.userGroups }),
  add_user_group: addGroup('userGroups', false),
  get_contacts: (req) => ({ data: req.state.contacts }),
  add_contact: addContact,
  get_contact_groups: (req) => ({ data: req.state.contactGroups }),
  add_contact_group: addGroup('contactGroups', true),
  subscribe: subscription(true),
  unsubscribe: subscription(false),
};
