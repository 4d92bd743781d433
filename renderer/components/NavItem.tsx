import type { ReactNode } from 'react';

interface NavItemProps {
  label: string;
  count?: number | null;
  current: boolean;
  alert?: boolean;
  icon?: ReactNode;
  onSelect: () => void;
  testId?: string;
}

/** A sidebar entry: a button with its count, marked aria-current when it is what the content shows. */
export function NavItem({ label, count, current, alert, icon, onSelect, testId }: NavItemProps) {
  return (
    <li>
      <button type="button" className="nav-item" aria-current={current} onClick={onSelect} data-testid={testId}>
        {icon}
        <span className="label">{label}</span>
        {count !== undefined && count !== null && (
          <span className={`badge${alert && count > 0 ? ' alert' : ''}`} aria-label={`${count} items`}>
            {count}
          </span>
        )}
      </button>
    </li>
  );
}
