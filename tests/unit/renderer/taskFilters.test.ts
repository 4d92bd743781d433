import { describe, expect, it } from 'vitest';
import { TaskQuerySchema } from '../../../shared/contract.js';
import { DEFAULT_FILTERS, selectProject, selectView, toQuery } from '../../../renderer/logic/taskFilters.js';

const today = new Date(2026, 10, 18);
const page = { offset: 400, limit: 200 };

describe('toQuery', () => {
  it('sends only what is chosen, with paging', () => {
    expect(toQuery(DEFAULT_FILTERS, today, page)).toEqual({ view: 'all', status: 'not-done', offset: 400, limit: 200 });
  });

  it('maps every filter onto the contract and passes its schema', () => {
    const query = toQuery(
      {
        ...DEFAULT_FILTERS,
        provider: 'workity',
        accountId: 'a1',
        projectRemoteId: 'p9',
        status: 'doing',
        assignee: ' Jo Kim ',
        due: 'week',
        search: '  invoice export ',
        sort: 'due',
      },
      today,
      page,
    );
    expect(query).toMatchObject({
      provider: 'workity',
      accountId: 'a1',
      projectRemoteId: 'p9',
      status: 'doing',
      assignee: 'Jo Kim',
      dueBefore: '2026-11-25',
      search: 'invoice export',
      sort: 'due',
    });
    expect(TaskQuerySchema.safeParse(query).success).toBe(true);
  });

  it('drops a project when no account is chosen, since project ids are per account', () => {
    expect(toQuery({ ...DEFAULT_FILTERS, projectRemoteId: 'p9' }, today, page).projectRemoteId).toBeUndefined();
  });

  it('caps search text at the contract limit', () => {
    expect(toQuery({ ...DEFAULT_FILTERS, search: 'x'.repeat(500) }, today, page).search).toHaveLength(200);
  });
});

describe('selecting lists', () => {
  it('a quick list keeps the search and clears the other filters', () => {
    const next = selectView({ ...DEFAULT_FILTERS, search: 'boxes', accountId: 'a1', status: 'done' }, 'overdue');
    expect(next).toMatchObject({ view: 'overdue', search: 'boxes', accountId: null, status: 'not-done' });
  });

  it('pending and recent lists show done tasks too', () => {
    expect(selectView(DEFAULT_FILTERS, 'pending').status).toBe('all');
    expect(selectView(DEFAULT_FILTERS, 'recent').status).toBe('all');
  });

  it('a project selects its account and project', () => {
    expect(selectProject(DEFAULT_FILTERS, 'a2', 'p1')).toMatchObject({ view: 'all', accountId: 'a2', projectRemoteId: 'p1' });
  });
});
