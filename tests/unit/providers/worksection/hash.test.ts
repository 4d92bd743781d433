import { describe, expect, it } from 'vitest';
import { legacyHash, pageOf, queryHash, signedQuery } from '../../../../main/core/providers/worksection/hash.js';

// Expected values computed independently with `printf '<text>' | md5sum`.
describe('worksection request signature', () => {
  it('seeds form: md5(page + action + apikey) for a known page, action and key', () => {
    expect(legacyHash('/project/26/', 'get_tasks', 'k3y')).toBe('484711559c45f214ed81786381d84e17');
  });

  it('seeds form without a page: md5(action + apikey)', () => {
    expect(legacyHash(null, 'get_projects', 'k3y')).toBe('dc6a463ca1532daf1949a368114f7a76');
  });

  it('newer form: md5(query string without hash + apikey) with id_project', () => {
    expect(queryHash('action=get_tasks&id_project=26', 'k3y')).toBe('c18c4a1f6f9b0e8101f40d92882264a8');
  });

  it('builds the seeds-form query with page and the page-based hash', () => {
    expect(signedQuery('legacy', 'get_tasks', { project: '26' }, [], 'k3y')).toBe(
      'action=get_tasks&page=%2Fproject%2F26%2F&hash=484711559c45f214ed81786381d84e17',
    );
  });

  it('builds the newer-form query with ids, hashing the exact encoded string it sends', () => {
    expect(signedQuery('query', 'get_tasks', { project: '26' }, [], 'k3y')).toBe(
      'action=get_tasks&id_project=26&hash=c18c4a1f6f9b0e8101f40d92882264a8',
    );
    expect(signedQuery('query', 'post_task', { project: '26', newParent: '31' }, [['title', 'Buy milk & eggs']], 'k3y')).toBe(
      'action=post_task&id_project=26&id_parent=31&title=Buy+milk+%26+eggs&hash=249e3a2707f60cd0ae96362136451514',
    );
  });

  it('addresses tasks, subtasks and new subtasks by page in the seeds form', () => {
    expect(pageOf({ project: '1', task: '2' })).toBe('/project/1/2/');
    expect(pageOf({ project: '1', task: '3', parent: '2' })).toBe('/project/1/2/3/');
    expect(pageOf({ project: '1', newParent: '2' })).toBe('/project/1/2/');
    expect(pageOf({})).toBeNull();
  });
});
