/**
 * The flow library's input. It is plain data, so the app (from a space document, see `fromSpace.ts`), the
 * server and the command line (from a CSV) feed the same functions.
 */
import type { StatusRole } from '../domain/records/status.ts';
import type { WorkingCalendar } from './calendar.ts';

export type { StatusRole };

/** A card: `createdAt` in epoch ms is its created stamp C. */
export interface FlowCard {
  id: string;
  createdAt: number;
  archived?: boolean;
}

/** The card entered status `toStatusId` at `at` (epoch ms). A card's first status is a change too. */
export interface StatusChange {
  cardId: string;
  at: number;
  toStatusId: string;
}

export interface FlowInput {
  cards: readonly FlowCard[];
  /** Status changes in any order; changes at the same instant keep their input order. */
  changes: readonly StatusChange[];
  /** Role of every status. */
  statuses: Readonly<Record<string, StatusRole>>;
  /**
   * Board order of the statuses (left to right). A move to an earlier status is a backward move; without
   * an order, a move to a lower role (Completed → In progress → Not started) is.
   */
  statusOrder?: readonly string[];
}

export interface FlowOptions {
  /** IANA time zone the days are bucketed in. Default `UTC`. */
  timeZone?: string;
  /** Working calendar; calendar days when absent. */
  working?: WorkingCalendar;
  /** The instant the report is made for (epoch ms): ages and current visits run up to it. */
  asOf: number;
  /** First day of the window, `YYYY-MM-DD` in the time zone. Default: the day of the earliest stamp. */
  from?: string;
  /** Last day of the window, included. Default: the day of `asOf`. */
  to?: string;
}
