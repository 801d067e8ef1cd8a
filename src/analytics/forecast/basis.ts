/**
 * When a throughput history is good enough to forecast from. A forecast built on no data, on nothing but
 * zeros, or on a few days would print confident dates that mean nothing, so those cases give no forecast
 * and say why instead.
 */

/** Days of history a forecast needs unless told otherwise. */
export const DEFAULT_MIN_HISTORY_DAYS = 10;

export type NoForecastReason = 'empty' | 'too_short' | 'all_zero' | 'scope_outgrows';

/** The answer when there is no forecast: a code and a sentence for people. */
export interface NoForecast {
  ok: false;
  reason: NoForecastReason;
  message: string;
}

/**
 * Null when `basis` (throughput per period, `periodDays` days each) can be forecast from, else why not:
 * empty, fewer than `minHistoryDays` days of history, or every period zero (in that order).
 */
export function checkBasis(
  basis: readonly number[],
  minHistoryDays: number,
  periodDays = 1,
  unit = 'day',
): NoForecast | null {
  if (basis.length === 0) return { ok: false, reason: 'empty', message: `no ${unit} of throughput history` };
  const days = basis.length * periodDays;
  if (days < minHistoryDays) {
    return {
      ok: false,
      reason: 'too_short',
      message: `${days} days of history, fewer than the ${minHistoryDays} needed`,
    };
  }
  if (basis.every((n) => n === 0)) {
    return { ok: false, reason: 'all_zero', message: `nothing was done in any ${unit} of the history` };
  }
  for (const n of basis) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`throughput ${n} is not a count`);
  }
  return null;
}
