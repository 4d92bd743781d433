import { formatMinutes, type DayTotal } from '../logic/timeTotals.js';
import { fromIsoDate } from '../logic/dates.js';

const BAR_AREA = 120;

/** Hours per day as plain SVG bars; the numbers are in the table next to it for screen readers. */
export function HoursChart({ days }: { days: DayTotal[] }) {
  const max = Math.max(60, ...days.map((d) => d.minutes));
  const width = Math.max(days.length * 40, 200);
  return (
    <figure className="hours-chart">
      <svg viewBox={`0 0 ${width} ${BAR_AREA + 34}`} role="img" aria-label="Hours per day" data-testid="hours-chart">
        {days.map((d, i) => {
          const height = (d.minutes / max) * BAR_AREA;
          const date = fromIsoDate(d.day);
          return (
            <g key={d.day}>
              <title>{`${d.day}: ${formatMinutes(d.minutes)} h`}</title>
              <rect className="bar" x={i * 40 + 8} y={BAR_AREA - height + 14} width={24} height={Math.max(height, d.minutes > 0 ? 1 : 0)} rx={3} />
              {d.minutes > 0 && <text className="bar-value" x={i * 40 + 20} y={BAR_AREA - height + 10} textAnchor="middle">{(d.minutes / 60).toFixed(1)}</text>}
              <text className="bar-label" x={i * 40 + 20} y={BAR_AREA + 30} textAnchor="middle">
                {date ? date.toLocaleDateString('en-GB', { weekday: 'short' }) : d.day}
              </text>
            </g>
          );
        })}
        <line className="axis" x1={0} x2={width} y1={BAR_AREA + 14} y2={BAR_AREA + 14} />
      </svg>
    </figure>
  );
}
