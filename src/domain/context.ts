/** What every operation knows about who is acting and when. */
import { DomainError } from './errors.ts';
import { ID_PATTERN } from './ids.ts';

/** `actor` is the acting user's id; `now` returns epoch ms (defaults to `Date.now`, injectable in tests). */
export interface OpContext {
  actor: string;
  now?: () => number;
}

/** Validates the context and resolves the timestamp (epoch ms) an operation stamps on what it writes. */
export function resolveContext(ctx: OpContext): { actor: string; at: number } {
  if (!ctx || typeof ctx.actor !== 'string' || !ID_PATTERN.test(ctx.actor)) {
    throw new DomainError('invalid_input', 'The acting user id is missing or malformed.');
  }
  const at = (ctx.now ?? Date.now)();
  if (!Number.isSafeInteger(at) || at < 0) {
    throw new DomainError('invalid_input', 'The clock returned an invalid timestamp.', { at });
  }
  return { actor: ctx.actor, at };
}
