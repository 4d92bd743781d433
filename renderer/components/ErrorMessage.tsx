import type { ErrorPayload } from '../../shared/errors.js';
import { describeError, errorDetailText } from '../api/result.js';

/**
 * An error as a person reads it: the sentence, and the codes and raw words
 * behind it only in a "Details" disclosure (for a bug report or a support mail).
 */
export function ErrorMessage({
  error,
  alert = false,
  testId = 'error-message',
}: {
  error: ErrorPayload;
  alert?: boolean;
  testId?: string;
}) {
  return (
    <div className="error error-message" role={alert ? 'alert' : undefined} data-testid={testId}>
      <span className="error-sentence">{describeError(error)}</span>
      <details className="error-details">
        <summary>Details</summary>
        <code>{errorDetailText(error)}</code>
      </details>
    </div>
  );
}
