import { fromIsoDate } from '../logic/dates.js';
import { formatMinutes, type DayTotal } from '../logic/timeTotals.js';

function dayLabel(day: string, many: boolean): string {
  const date = fromIsoDate(day);
  if (!date) return day;
  return many ? String(date.getDate()) : date.toLocaleDateString('en-GB', { weekday: 'short' });
}

/** Hours per day as CSS bars (heights are React style props, which a strict CSP allows); the table below has the numbers. */
export function HoursChart({ days }: { days: DayTotal[] }) {
  const max = Math.max(60, ...days.map((d) => d.minutes));
  const many = days.length > 10;
  return (
    <div className="hours-chart" role="img" aria-label="Hours per day" data-testid="hours-chart">
      {days.map((d) => (
        <div key={d.day} className="chart-col" title={`${d.day}: ${formatMinutes(d.minutes)} h`}>
          <span className="bar-value">{d.minutes > 0 && !many ? (d.minutes / 60).toFixed(1) : ''}</span>
          <div className="bar" data-minutes={d.minutes} style={{ height: `${(d.minutes / max) * 80}%` }} />
          <span className="bar-label">{dayLabel(d.day, many)}</span>
        </div>
      ))}
    </div>
  );
}
