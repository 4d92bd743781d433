import { useEffect } from 'react';
import { HoursChart } from '../components/HoursChart.js';
import { TimeEntryForm } from '../components/TimeEntryForm.js';
import { TimeEntryList } from '../components/TimeEntryList.js';
import { TimeResult } from '../components/TimeResult.js';
import { TimersPanel } from '../components/TimersPanel.js';
import { UNKNOWN_PROJECT } from '../logic/people.js';
import { formatMinutes, totalsPerDay, totalsPerProject } from '../logic/timeTotals.js';
import { useApp, useStores } from '../store/hooks.js';
import { lastDays, taskKeyOf } from '../store/timeStore.js';
import '../styles/time.css';

/** Tracked time and costs for a range: the entries per day (booked, changed and deleted here), a chart, totals per project, timers. */
export function TimeView() {
  const stores = useStores();
  const { range, entries, taskTitles } = useApp('time', (s) => s);
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  useEffect(() => void stores.time.getState().load(), [stores]);
  const days = totalsPerDay(entries, range.from, range.to);
  const perProject = totalsPerProject(entries);
  const total = entries.reduce((sum, e) => sum + e.minutes, 0);
  const accountLabel = (id: string) => accounts.find((a) => a.id === id)?.label ?? id;
  const projectName = (accountId: string, remoteId: string | null) =>
    projects.find((p) => p.accountId === accountId && p.remoteId === remoteId)?.name ??
    (remoteId ? UNKNOWN_PROJECT : 'No project');
  const where = (e: (typeof entries)[number]) =>
    [
      accountLabel(e.accountId),
      projectName(e.accountId, e.projectRemoteId),
      ...(e.taskRemoteId ? [taskTitles[taskKeyOf(e) ?? ''] || `task ${e.taskRemoteId}`] : []),
    ].join(' · ');
  const setRange = (patch: Partial<typeof range>) => void stores.time.getState().setRange({ ...range, ...patch });
  return (
    <section className="page" aria-label="Time">
      <div className="page-header">
        <h1>Time</h1>
        <label>
          From
          <input
            type="date"
            value={range.from}
            max={range.to}
            onChange={(e) => setRange({ from: e.target.value })}
            data-testid="time-from"
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={range.to}
            min={range.from}
            onChange={(e) => setRange({ to: e.target.value })}
            data-testid="time-to"
          />
        </label>
        <button type="button" onClick={() => void stores.time.getState().setRange(lastDays(new Date(), 7))}>
          Last 7 days
        </button>
        <button type="button" onClick={() => void stores.time.getState().setRange(lastDays(new Date(), 30))}>
          Last 30 days
        </button>
        <span className="spacer" />
        <strong data-testid="time-total">Total {formatMinutes(total)} h</strong>
      </div>
      <TimeResult />
      <div className="time-grid top">
        <div className="panel">
          <h2>Entries</h2>
          <TimeEntryList where={where} />
        </div>
        <div className="panel">
          <h2>Book time</h2>
          <TimeEntryForm />
        </div>
      </div>
      <div className="time-grid">
        <div className="panel">
          <h2>Hours per day</h2>
          <HoursChart days={days} />
        </div>
        <div className="panel">
          <h2>Per project</h2>
          <table>
            <thead>
              <tr>
                <th>Project</th>
                <th>Account</th>
                <th className="num">Hours</th>
              </tr>
            </thead>
            <tbody>
              {perProject.map((p) => (
                <tr key={`${p.accountId}|${p.projectRemoteId ?? ''}|${p.kind}`}>
                  <td>
                    {projectName(p.accountId, p.projectRemoteId)}
                    {p.kind === 'cost' && <span className="pill">cost</span>}
                  </td>
                  <td>{accountLabel(p.accountId)}</td>
                  <td className="num">{formatMinutes(p.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="panel">
        <h2>Timers</h2>
        <TimersPanel />
      </div>
      <div className="panel">
        <h2>Per day</h2>
        <table>
          <thead>
            <tr>
              <th>Day</th>
              <th className="num">Hours</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td className="num">{formatMinutes(d.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
