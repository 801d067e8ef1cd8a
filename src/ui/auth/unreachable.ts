import { ApiError } from '../api';

/**
 * Whether an API failure means the server could not be reached (no answer, or a proxy saying the server
 * behind it is down) rather than the server refusing: only then may the app fall back on what this device
 * remembers. A 401 is an answer, and always leads to the sign-in screen.
 */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
