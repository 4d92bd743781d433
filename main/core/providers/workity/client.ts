import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import { withRetry, type RetryOptions } from '../../net/retry.js';
import { TicketAuth } from './auth.js';
import * as S from './schema.js';
import { SoapTransport } from './transport.js';
import { checkKeyword, checkSearchString, checkTitle, localDateTime } from './validate.js';
import type { z } from 'zod';
import {
  advancedArgs,
  flags,
  itemIds,
  longs,
  optionalDate,
  owners,
  saveResult,
  wireId,
  type AdvancedSearch,
  type FullTextSearch,
  type IdInput,
  type ItemIds,
  type ItemOwners,
  type NewsSearch,
  type SaveResult,
} from './wireArgs.js';

export type { AdvancedSearch, FullTextSearch, IdInput, ItemIds, ItemOwners, NewsSearch, SaveResult } from './wireArgs.js';

export interface WorkityClientOptions {
  endpoint: string;
  email: string;
  password: string;
  timeoutMs: number;
  now: () => Date;
  log: Logger;
  /** Backoff for read retries; tests pass small waits. */
  retry?: RetryOptions;
}

/**
 * The Workity API, one typed method per function of the seed. Reads are
 * retried on network/5xx failures; writes are sent once (the outbox retries).
 */
export class WorkityClient {
  readonly auth: TicketAuth;

  constructor(private readonly options: WorkityClientOptions) {
    const transport = new SoapTransport({ endpoint: options.endpoint, timeoutMs: options.timeoutMs });
    this.auth = new TicketAuth(transport, { email: options.email, password: options.password }, options.log, options.now);
  }

  private modificationDate(): string {
    return localDateTime(this.options.now());
  }

  private async send<T extends z.ZodType>(op: string, args: Record<string, unknown>, schema: T): Promise<z.output<T>> {
    const reply = await this.auth.call(op, args);
    return S.parseResult(schema, (reply.result as Record<string, unknown> | null)?.[`${op}Result`], op);
  }

  private read<T extends z.ZodType>(op: string, args: Record<string, unknown>, schema: T): Promise<z.output<T>> {
    return withRetry(() => this.send(op, args, schema), this.options.retry);
  }

  private write<T extends z.ZodType>(op: string, args: Record<string, unknown>, schema: T): Promise<z.output<T>> {
    return this.send(op, args, schema);
  }

  /** A function without return value, sent once. */
  private async command(op: string, args: Record<string, unknown>): Promise<void> {
    await this.auth.call(op, args);
  }

  async login(): Promise<string> {
    return this.auth.login();
  }

  async logout(): Promise<boolean> {
    return this.auth.logout();
  }

  async isAuthenticated(): Promise<boolean> {
    return this.auth.isAuthenticated();
  }

  async getUserInfo(): Promise<S.UserInfo> {
    return this.read('GetUserInfo', {}, S.UserInfoSchema);
  }

  async getUserProjects(): Promise<S.ProjectInfo[]> {
    return this.read('GetUserProjects', {}, S.ProjectListSchema);
  }

  async getUserTeam(): Promise<S.PersonInfo[]> {
    return this.read('GetUserTeam', {}, S.PersonInfoListSchema);
  }

  async getUserKeywords(): Promise<S.KeywordInfo[]> {
    return this.read('GetUserKeywords', {}, S.KeywordInfoListSchema);
  }

  async getProjectTeam(projectId: IdInput): Promise<S.PersonInfo[]> {
    return this.read('GetProjectTeam', { ProjectID: wireId('projectRemoteId', projectId) }, S.PersonInfoListSchema);
  }

  async getProjectKeywords(projectId: IdInput): Promise<S.KeywordInfo[]> {
    return this.read('GetProjectKeywords', { ProjectID: wireId('projectRemoteId', projectId) }, S.KeywordInfoListSchema);
  }

  /** The id of an existing keyword, or of a new one the server creates. Not retried: it may create. */
  async getKeywordId(keyword: string): Promise<string> {
    return this.write('GetKeywordID', { Keyword: checkKeyword(keyword) }, S.LongIdSchema);
  }

  async getItems(ids: ItemIds, details = true): Promise<S.Items> {
    return this.read('GetItems', { ...itemIds(ids), IsDetails: details }, S.ItemsSchema);
  }

  async getItemsByAdvancedSearch(query: AdvancedSearch): Promise<S.Items> {
    return this.read('GetItemsByAdvancedSearch', advancedArgs(query), S.ItemsSchema);
  }

  async getItemsByFullTextSearch(query: FullTextSearch): Promise<S.Items> {
    const args = {
      SearchString: checkSearchString(query.searchString),
      ProjectIDs: longs(query.projectIds, 'projectIds'),
      ...flags(query),
      IsDetails: query.details ?? true,
    };
    return this.read('GetItemsByFullTextSearch', args, S.ItemsSchema);
  }

  async getItemsByNewsSearch(query: NewsSearch = {}): Promise<S.Items> {
    const args = {
      ProjectIDs: longs(query.projectIds, 'projectIds'),
      PersonIDs: longs(query.personIds, 'personIds'),
      KeywordIDs: longs(query.keywordIds, 'keywordIds'),
      ...flags(query),
      IsDetails: query.details ?? true,
    };
    return this.read('GetItemsByNewsSearch', args, S.ItemsSchema);
  }

  async downloadFile(fileId: IdInput): Promise<{ name: string; contentType: string; bytes: Buffer }> {
    const file = await this.read('DownloadFile', { FileID: wireId('fileId', fileId) }, S.FileContentSchema);
    return { name: file.Name, contentType: file.ContentType, bytes: Buffer.from(file.Bytes, 'base64') };
  }

  async resetNews(): Promise<void> {
    return this.command('ResetNews', {});
  }

  /** The new task's id (xs:long, as text). */
  async newTask(input: ItemOwners & { title: string; details?: string; dueDate?: string | null }): Promise<string> {
    const args = {
      ...owners(input),
      Title: checkTitle('title', input.title),
      Details: input.details ?? '',
      ...optionalDate('DueDate', 'dueDate', input.dueDate),
      ModificationDate: this.modificationDate(),
    };
    return this.write('NewTask', args, S.LongIdSchema);
  }

  async newNote(input: ItemOwners & { title: string; details?: string }): Promise<string> {
    const args = {
      ...owners(input),
      Title: checkTitle('title', input.title),
      Details: input.details ?? '',
      ModificationDate: this.modificationDate(),
    };
    return this.write('NewNote', args, S.LongIdSchema);
  }

  /** A new file item; throws when the user's free file storage is too small (NewFile returns -1). */
  async newFile(input: ItemOwners & { name: string; contentType: string; details?: string; bytes: Buffer }): Promise<string> {
    if (input.bytes.length === 0)
      throw new AppError('validation', 'bytes: a file must not be empty', { provider: 'workity', field: 'bytes' });
    const args = {
      ...owners(input),
      Name: checkTitle('name', input.name),
      ContentType: checkTitle('contentType', input.contentType),
      Details: input.details ?? '',
      Bytes: input.bytes.toString('base64'),
      ModificationDate: this.modificationDate(),
    };
    const id = await this.write('NewFile', args, S.LongIdSchema);
    if (id === '-1')
      throw new AppError('validation', 'bytes: not enough free Workity file storage for this file', {
        provider: 'workity',
        providerCode: -1,
        field: 'bytes',
      });
    return id;
  }

  async saveTask(input: {
    projectId: IdInput;
    taskId: IdInput;
    title: string;
    details: string;
    dueDate: string | null;
    newRevision: number;
  }): Promise<SaveResult> {
    const args = {
      ProjectID: wireId('projectRemoteId', input.projectId),
      TaskID: wireId('taskId', input.taskId),
      Title: checkTitle('title', input.title),
      Details: input.details,
      ...optionalDate('DueDate', 'dueDate', input.dueDate),
      NewRevision: input.newRevision,
      ModificationDate: this.modificationDate(),
    };
    return this.write('SaveTask', args, S.IntSchema).then(saveResult);
  }

  async saveNote(input: {
    projectId: IdInput;
    noteId: IdInput;
    title: string;
    details: string;
    newRevision: number;
  }): Promise<SaveResult> {
    const args = {
      ProjectID: wireId('projectRemoteId', input.projectId),
      NoteID: wireId('noteId', input.noteId),
      Title: checkTitle('title', input.title),
      Details: input.details,
      NewRevision: input.newRevision,
      ModificationDate: this.modificationDate(),
    };
    return this.write('SaveNote', args, S.IntSchema).then(saveResult);
  }

  async saveFile(input: { projectId: IdInput; fileId: IdInput; details: string; newRevision: number }): Promise<SaveResult> {
    const args = {
      ProjectID: wireId('projectRemoteId', input.projectId),
      FileID: wireId('fileId', input.fileId),
      Details: input.details,
      NewRevision: input.newRevision,
      ModificationDate: this.modificationDate(),
    };
    return this.write('SaveFile', args, S.IntSchema).then(saveResult);
  }

  async updateTaskStatus(taskId: IdInput, isFinished: boolean): Promise<void> {
    return this.command('UpdateTaskStatus', {
      TaskID: wireId('taskId', taskId),
      IsFinished: isFinished,
      ModificationDate: this.modificationDate(),
    });
  }

  async addKeywords(ids: ItemIds, keywordIds: IdInput[]): Promise<void> {
    return this.command('AddKeywords', {
      ...itemIds(ids),
      KeywordIDs: longs(keywordIds, 'keywordIds'),
      ModificationDate: this.modificationDate(),
    });
  }

  async removeKeywords(ids: ItemIds, keywordIds: IdInput[]): Promise<void> {
    return this.command('RemoveKeywords', {
      ...itemIds(ids),
      KeywordIDs: longs(keywordIds, 'keywordIds'),
      ModificationDate: this.modificationDate(),
    });
  }

  async addPersons(ids: ItemIds, personIds: IdInput[]): Promise<void> {
    return this.command('AddPersons', {
      ...itemIds(ids),
      PersonIDs: longs(personIds, 'personIds'),
      ModificationDate: this.modificationDate(),
    });
  }

  async removePersons(ids: ItemIds, personIds: IdInput[]): Promise<void> {
    return this.command('RemovePersons', {
      ...itemIds(ids),
      PersonIDs: longs(personIds, 'personIds'),
      ModificationDate: this.modificationDate(),
    });
  }

  async deleteItems(ids: ItemIds): Promise<void> {
    return this.command('DeleteItems', itemIds(ids));
  }
}
