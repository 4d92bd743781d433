import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../shared/dates/index.js';
import { markAtCaret, parseTitle, partKey, type TitleContext } from '../../../shared/quickAdd/parseTitle.js';

/*
 * The quick-add title over many phrasings. 2026-12-04T23:30Z is Saturday
 * 5 December 12:30 in Auckland (UTC+13) and Friday 4 December 15:30 in Los
 * Angeles (UTC-8): each date is checked on both walls, whatever TZ runs this.
 */
const NOW = new Date('2026-12-04T23:30:00Z');
const AKL = 'Pacific/Auckland';
const LAX = 'America/Los_Angeles';

const PROJECTS = [
  { accountId: 'ws', remoteId: '1', name: 'Q3 marketing' },
  { accountId: 'ws', remoteId: '2', name: 'Website relaunch' },
  { accountId: 'wk', remoteId: '11', name: 'Birthday party' },
  { accountId: 'wk', remoteId: '14', name: 'Reactor maintenance' },
  { accountId: 'sn', remoteId: '5', name: 'Marketing Site' },
];
const PEOPLE = [
  { accountId: 'ws', name: 'Taras Bondar', email: 'taras@acme.test' },
  { accountId: 'ws', name: 'Olena Kovalenko', email: 'olena@acme.test' },
  { accountId: 'wk', name: 'Carl Carlson', email: 'carl@sector7g.example' },
  { accountId: 'wk', name: 'Lenny Leonard', email: 'lenny@sector7g.example' },
];

function read(text: string, zone = AKL, extra: Partial<TitleContext> = {}) {
  return parseTitle(text, { now: NOW, zone, projects: PROJECTS, people: PEOPLE, accountId: 'ws', ...extra });
}

type Row = [phrase: string, title: string, auckland: string, losAngeles: string, time?: string | null];

const DATED: Row[] = [
  ['Pay rent tomorrow', 'Pay rent', '2026-12-06', '2026-12-05'],
  ['Pay rent tomorrow 5pm', 'Pay rent', '2026-12-06', '2026-12-05', '17:00'],
  ['tomorrow 5pm pay rent', 'pay rent', '2026-12-06', '2026-12-05', '17:00'],
  ['Pay rent Tomorrow at 17:30', 'Pay rent', '2026-12-06', '2026-12-05', '17:30'],
  ['Send report fri', 'Send report', '2026-12-11', '2026-12-11'],
  ['Send report friday', 'Send report', '2026-12-11', '2026-12-11'],
  ['Send report by fri', 'Send report', '2026-12-11', '2026-12-11'],
  ['Ship mon', 'Ship', '2026-12-07', '2026-12-07'],
  ['Water plants sat', 'Water plants', '2026-12-12', '2026-12-05'],
  ['Review next tue 14:00', 'Review', '2026-12-08', '2026-12-08', '14:00'],
  ['Plan budget next month', 'Plan budget', '2027-01-05', '2027-01-04'],
  ['Plan next week', 'Plan', '2026-12-12', '2026-12-11'],
  ['Draft in 3 days', 'Draft', '2026-12-08', '2026-12-07'],
  ['Draft in 1 day', 'Draft', '2026-12-06', '2026-12-05'],
  ['Pay in 2 weeks', 'Pay', '2026-12-19', '2026-12-18'],
  ['Gift dec 24', 'Gift', '2026-12-24', '2026-12-24'],
  ['Gift Dec 24th', 'Gift', '2026-12-24', '2026-12-24'],
  ['Gift 24 December', 'Gift', '2026-12-24', '2026-12-24'],
  ['Tax return jan 15', 'Tax return', '2027-01-15', '2027-01-15'],
  ['Report eod', 'Report', '2026-12-05', '2026-12-04', '17:00'],
  ['Report by eod', 'Report', '2026-12-05', '2026-12-04', '17:00'],
  ['Report EOD', 'Report', '2026-12-05', '2026-12-04', '17:00'],
  ['Report fri eod', 'Report', '2026-12-11', '2026-12-11', '17:00'],
  ['Report tomorrow eod', 'Report', '2026-12-06', '2026-12-05', '17:00'],
  ['Report end of day', 'Report', '2026-12-05', '2026-12-04', '17:00'],
  ['Invoice 2026-12-10', 'Invoice', '2026-12-10', '2026-12-10'],
  ['Invoice on 2026-12-10', 'Invoice', '2026-12-10', '2026-12-10'],
  ['Invoice due 2027-01-31', 'Invoice', '2027-01-31', '2027-01-31'],
  ['Renew 1.12.2027', 'Renew', '2027-12-01', '2027-12-01'],
  ['Call bank at 5pm', 'Call bank', '2026-12-05', '2026-12-04', '17:00'],
  ['Call bank at 9am', 'Call bank', '2026-12-06', '2026-12-05', '09:00'],
  ['Standup tomorrow 9:15am', 'Standup', '2026-12-06', '2026-12-05', '09:15'],
  ['Lunch tomorrow at noon', 'Lunch', '2026-12-06', '2026-12-05', '12:00'],
  ['today: file expenses', ': file expenses', '2026-12-05', '2026-12-04'],
  ['File expenses today', 'File expenses', '2026-12-05', '2026-12-04'],
];

describe('parseTitle: dates in the title, on both sides of UTC', () => {
  for (const [phrase, title, auckland, losAngeles, time = null] of DATED) {
    it(`reads "${phrase}"`, () => {
      const akl = read(phrase, AKL);
      const lax = read(phrase, LAX);
      expect(akl.title).toBe(title);
      expect([akl.when?.date, akl.when?.time]).toEqual([auckland, time]);
      expect([lax.when?.date, lax.when?.time]).toEqual([losAngeles, time]);
    });
  }

  it('reads the date in the process zone when none is given (TZ runs east and west of UTC in CI)', () => {
    const parsed = parseTitle('Pay rent tomorrow', { now: NOW, projects: [], people: [], accountId: null });
    expect(parsed.when?.date).toBe(addDays(today(NOW), 1));
    const later = parseTitle('Draft in 3 days', { now: NOW, projects: [], people: [], accountId: null });
    expect(later).toMatchObject({ title: 'Draft', when: { date: addDays(today(NOW), 3), time: null } });
  });
});

const NOT_DATES = [
  'Call May',
  'Fix 3 bugs',
  'Read 1984',
  'Buy 2 apples',
  'Release 1.2',
  'Sprint 3/4',
  'Ship 5pm build',
  'Meeting 10:30',
  'Call John at 3',
  'May release notes',
  'Read chapter 5',
  'Order 12 pizzas',
  'Top 10 list',
  'Upgrade to 2.0.1',
  'Book room 101',
  'Mail carl@example.com',
  'Learn C#',
  'Fix #42',
  'Score !5',
  'Add 1+1',
  'Learn C++',
];

describe('parseTitle: titles that hold no date or mark stay as typed', () => {
  for (const phrase of NOT_DATES) {
    it(`keeps "${phrase}"`, () => {
      for (const zone of [AKL, LAX]) {
        const parsed = read(phrase, zone);
        expect(parsed.title).toBe(phrase);
        expect(parsed.parts).toEqual([]);
      }
    });
  }
});

describe('parseTitle: #project, @person, !priority and +tags', () => {
  it('reads the whole phrase of the issue', () => {
    const parsed = read('Pay rent tomorrow 5pm #Marketing @Carl !2', AKL, { projects: PROJECTS.slice(0, 4) });
    expect(parsed.title).toBe('Pay rent');
    expect(parsed.project?.name).toBe('Q3 marketing');
    expect(parsed.accountId).toBe('ws');
    // Carl is in Workity; the Worksection project has no Carl.
    expect(parsed.person).toBeNull();
    expect(parsed.parts.map((p) => p.text)).toEqual(['tomorrow 5pm', '#Marketing', '@Carl', '!2']);
    expect(parsed.priority).toBe('high');
  });

  it('a project picks its account, and @name then means that account’s people', () => {
    const parsed = read('Order cake #Birthday party @Carl fri');
    expect(parsed).toMatchObject({ title: 'Order cake', accountId: 'wk', project: { remoteId: '11' } });
    expect(parsed.person?.name).toBe('Carl Carlson');
    expect(parsed.when?.date).toBe('2026-12-11');
  });

  it('prefers a project whose name starts with the word over one that only contains it', () => {
    expect(read('Post #Marketing').project?.name).toBe('Marketing Site');
    expect(read('Post #marketing').accountId).toBe('sn');
    expect(read('Post #q3').project?.name).toBe('Q3 marketing');
  });

  it('takes a project name of several words when typed whole', () => {
    const parsed = read('Copy #Q3 marketing banners');
    expect(parsed).toMatchObject({ title: 'Copy banners', project: { name: 'Q3 marketing' } });
  });

  it('matches a word inside the name, and ties go to the account chosen in the form', () => {
    expect(read('Check #relaunch').project?.name).toBe('Website relaunch');
    const designs = [
      { accountId: 'ws', remoteId: '3', name: 'Design review' },
      { accountId: 'wk', remoteId: '15', name: 'Design sprint' },
    ];
    expect(read('Check #design', AKL, { projects: designs, accountId: 'wk' }).project?.name).toBe('Design sprint');
    expect(read('Check #design', AKL, { projects: designs, accountId: 'ws' }).project?.name).toBe('Design review');
  });

  it('keeps the query when no project matches, so the chip can say so', () => {
    const parsed = read('Plan #Nowhere');
    expect(parsed.parts[0]).toMatchObject({ kind: 'project', query: 'Nowhere', project: null });
    expect(parsed.accountId).toBe('ws');
  });

  it('only the first #project counts; a second stays in the title', () => {
    expect(read('Move #Website relaunch to #Birthday').title).toBe('Move to #Birthday');
  });

  it('reads @first name, @full name and a trailing comma', () => {
    expect(read('Ask @Taras').person?.email).toBe('taras@acme.test');
    expect(read('Ask @Taras Bondar about it').title).toBe('Ask about it');
    expect(read('Ask @olena, then ship').person?.name).toBe('Olena Kovalenko');
  });

  it('an @name nobody in the account has reads as nobody', () => {
    expect(read('Ask @Lenny').parts[0]).toMatchObject({ kind: 'person', query: 'Lenny', person: null });
  });

  it.each([
    ['!1', 'urgent'],
    ['!2', 'high'],
    ['!3', 'normal'],
    ['!4', 'low'],
  ])('reads %s as %s', (mark, level) => {
    expect(read(`Fix login ${mark}`)).toMatchObject({ title: 'Fix login', priority: level });
  });

  it('reads every +tag and leaves "+" and "+1" alone', () => {
    const parsed = read('Buy milk +home +errands + +1');
    expect(parsed.tags).toEqual(['home', 'errands']);
    expect(parsed.title).toBe('Buy milk + +1');
  });

  it('reads marks at the start of the title and an empty remainder', () => {
    expect(read('#Website relaunch tomorrow')).toMatchObject({ title: '', project: { remoteId: '2' } });
  });

  it('does not read a date inside a project name', () => {
    const parsed = read('Plan #May launch', AKL, { projects: [{ accountId: 'ws', remoteId: '9', name: 'May launch' }] });
    expect(parsed).toMatchObject({ title: 'Plan', when: null, project: { remoteId: '9' } });
  });

  it('lists the parts in the order they were typed, with their places', () => {
    const text = '!1 Ship +web fri';
    const parts = read(text).parts;
    expect(parts.map((p) => p.kind)).toEqual(['priority', 'tag', 'when']);
    for (const part of parts) expect(text.slice(part.start, part.end)).toContain(part.text);
  });
});

describe('parseTitle: parts taken back stay words', () => {
  it('a removed date leaves its words in the title', () => {
    const first = read('Call May tomorrow');
    const when = first.parts.find((p) => p.kind === 'when')!;
    const again = read('Call May tomorrow', AKL, { kept: [partKey(when)] });
    expect(again).toMatchObject({ title: 'Call May tomorrow', when: null });
  });

  it('a removed project leaves "#…" in the title and the form’s account stands', () => {
    const parsed = read('Post #Marketing', AKL, { kept: ['project:#Marketing'] });
    expect(parsed).toMatchObject({ title: 'Post #Marketing', project: null, accountId: 'ws' });
  });

  it('a removed priority or tag stays in the title', () => {
    expect(read('Fix !2 +web', AKL, { kept: ['priority:!2', 'tag:+web'] }).title).toBe('Fix !2 +web');
  });
});

describe('markAtCaret: the word the type-ahead completes', () => {
  it.each([
    ['Pay #Mar', 8, { kind: 'project', query: 'Mar', start: 4 }],
    ['Pay #', 5, { kind: 'project', query: '', start: 4 }],
    ['Ask @ta', 7, { kind: 'person', query: 'ta', start: 4 }],
    ['Ask @ta now', 7, { kind: 'person', query: 'ta', start: 4 }],
  ])('"%s" at %i', (text, caret, expected) => {
    expect(markAtCaret(text, caret)).toEqual(expected);
  });

  it.each([
    ['Pay #Mar rent', 13],
    ['mail a@b', 8],
    ['Fix #42', 7],
  ])('none in "%s" at %i', (text, caret) => {
    expect(markAtCaret(text, caret)).toBeNull();
  });
});
