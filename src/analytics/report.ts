/**
 * `computeFlow`: every flow metric of a set of cards in one pass over their history.
 *
 * Who counts where:
 * - **Reported apart**, in no time, throughput, WIP or CFD: cards whose last status is Cancelled, and
 *   archived cards that are not done (work dropped without a Cancelled status). Archived done cards count
 *   as done: finished cards are archived as housekeeping, and dropping them would empty the throughput.
 * - **Window** (`from`–`to`, local days, both included): lead and cycle count the cards done in it, reaction
 *   the cards started in it; throughput, WIP and CFD list its days. Age and time in status are as of `asOf`.
 * - **Bad input is reported, never fatal**: a change for an unknown card or to an unknown status is left
 *   out, and a change before the card's creation is taken as happening at its creation, each noted in
 *   `issues`. A status change after `asOf` is ignored: the report describes the board at `asOf`.
 */
import { dayNumber, dayString, makeCalendar, type WorkingCalendar } from './calendar.ts';
import { groupChanges } from './cardChanges.ts';
import {
  isCancelled,
  isInProgress,
  newWalkResult,
  PHASES,
  roleCode,
  walkCard,
  type StatusCodes,
  type VisitColumns,
} from './cardWalk.ts';
import { snapshotColumns, type Cfd, type WipDay } from './cfd.ts';
import { durationsOnDays, summarize, type Duration, type MetricSummary } from './metrics.ts';
import type { FlowPercentile } from './percentiles.ts';
import { statusRanks, type Phase } from './stamps.ts';
import { float64Scratch, int32Scratch, uint8Scratch } from './scratch.ts';
import { StatusTally } from './statusTally.ts';
import { dailyThroughput, weeklyThroughput, type DayCount, type WeekCount } from './throughput.ts';
import type { FlowInput, FlowOptions } from './types.ts';

export interface CardFlow {
  id: string;
  /** C, S, D in epoch ms (S and D null when not reached). */
  created: number;
  started: number | null;
  done: number | null;
  skipped: boolean;
  archived: boolean;
  statusId: string | null;
  phase: Phase;
  lead: Duration | null;
  reaction: Duration | null;
  cycle: Duration | null;
  age: Duration | null;
  /** Fractional days in each status (sum of visits), by status id. */
  timeInStatus: Record<string, number>;
  backwardMoves: number;
}

export interface FlowReport {
  timeZone: string;
  working: WorkingCalendar | null;
  asOf: number;
  /** The window, local dates `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** Counted cards (not apart), in input order. */
  cards: CardFlow[];
  apart: { cancelled: string[]; archivedUnfinished: string[] };
  issues: string[];
  lead: MetricSummary;
  reaction: MetricSummary;
  cycle: MetricSummary;
  /** Ages of the cards in progress at `asOf`. */
  age: MetricSummary;
  /** Cards done in the window that skipped In progress. */
  skipped: number;
  /** Fractional days per status, percentiles over the counted cards that visited it. */
  timeInStatus: Record<string, { count: number; days: Record<FlowPercentile, number | null> }>;
  backwardMoves: { total: number; cards: number };
  throughput: { daily: DayCount[]; weekly: WeekCount[] };
  wip: WipDay[];
  cfd: Cfd;
  /** Cards not done and not apart at `asOf` (the backlog a forecast has to finish). */
  remaining: number;
  /** Cards created per window day (counted cards), for scope-growth trends. */
  createdDaily: DayCount[];
}

/** A stamp that is null has no day; never read, as the stamp is checked first. */
const NO_DAY = Number.NaN;

/** The visit columns of a report, reused by the next (see `scratch.ts`); every visit is written before use. */
const visitScratch = {
  status: int32Scratch(),
  from: float64Scratch(),
  to: float64Scratch(),
  phase: uint8Scratch(),
};

function visitColumns(capacity: number): VisitColumns {
  return {
    status: visitScratch.status.take(capacity),
    from: visitScratch.from.take(capacity),
    to: visitScratch.to.take(capacity),
    phase: visitScratch.phase.take(capacity),
  };
}

export class FlowInputError extends Error {
  override name = 'FlowInputError';
}

/** Computes every metric; throws {@link FlowInputError} for options it cannot read (zone, dates, calendar). */
export function computeFlow(input: FlowInput, options: FlowOptions): FlowReport {
  const calendar = makeCalendar({ timeZone: options.timeZone, working: options.working });
  const { asOf } = options;
  if (!Number.isFinite(asOf)) throw new FlowInputError('asOf must be an epoch ms time');
  // Statuses are numbered by board order; an id listed twice takes its last place, as the CFD does.
  const order = boardOrder(input);
  const statusIndex = new Map(order.map((id, i) => [id, i]));
  const codes = statusCodes(input, order);
  const issues: string[] = [];

  // Cards sharing an id share their changes, and the last one's creation bounds them.
  const cardIndex = new Map<string, number>();
  const groupOf = new Int32Array(input.cards.length);
  input.cards.forEach((card, i) => {
    let group = cardIndex.get(card.id);
    if (group === undefined) cardIndex.set(card.id, (group = cardIndex.size));
    groupOf[i] = group;
  });
  const createdAt = new Float64Array(cardIndex.size);
  input.cards.forEach((card, i) => (createdAt[groupOf[i]!] = card.createdAt));
  const grouped = groupChanges(input.changes, cardIndex, createdAt, statusIndex, asOf);
  const { unknownCard, unknownStatus, early } = grouped;
  if (unknownCard) issues.push(`${unknownCard} status change(s) for unknown cards left out`);
  if (unknownStatus) issues.push(`${unknownStatus} status change(s) to unknown statuses left out`);
  if (early) issues.push(`${early} status change(s) before their card's creation taken as at creation`);

  const cards: CardFlow[] = [];
  // Visits of the counted cards only; a card reported apart is overwritten by the next one. Cards that
  // share an id walk the same changes, so the room needed is counted per card, not per change.
  const { start } = grouped;
  let room = 0;
  for (const group of groupOf) room += start[group + 1]! - start[group]!;
  const visits = visitColumns(room);
  let visitCount = 0;
  const walk = newWalkResult();
  const tally = new StatusTally(order, input.cards.length);
  const apart = { cancelled: [] as string[], archivedUnfinished: [] as string[] };
  const asOfDay = calendar.dayOf(asOf);
  // Local days of the counted cards' stamps, by their place in `cards`.
  const createdDay = new Float64Array(input.cards.length);
  const startedDay = new Float64Array(input.cards.length);
  const doneDay = new Float64Array(input.cards.length);
  for (let i = 0; i < input.cards.length; i++) {
    const card = input.cards[i]!;
    const group = groupOf[i]!;
    walkCard(grouped.at, grouped.status, start[group]!, start[group + 1]!, codes, visits, visitCount, walk);
    if (isCancelled(walk.phase)) {
      apart.cancelled.push(card.id);
      continue;
    }
    const archived = card.archived === true;
    const { started, done } = walk;
    if (archived && done === null) {
      apart.archivedUnfinished.push(card.id);
      continue;
    }
    // Each stamp's local day once: the durations, the window and the throughput all read it.
    const k = cards.length;
    createdDay[k] = calendar.dayOf(card.createdAt);
    startedDay[k] = started === null ? NO_DAY : calendar.dayOf(started);
    doneDay[k] = done === null ? NO_DAY : calendar.dayOf(done);
    const times = durationsOnDays(
      calendar,
      { created: card.createdAt, started, done, asOf },
      { created: createdDay[k]!, started: startedDay[k]!, done: doneDay[k]!, asOf: asOfDay },
      isInProgress(walk.phase),
    );
    const end = visitCount + walk.visits;
    cards.push({
      id: card.id,
      created: card.createdAt,
      started,
      done,
      skipped: walk.skipped,
      archived,
      statusId: walk.status < 0 ? null : order[walk.status]!,
      phase: PHASES[walk.phase]!,
      lead: times.lead,
      reaction: times.reaction,
      cycle: times.cycle,
      age: times.age,
      timeInStatus: tally.card(visits, visitCount, end, calendar, asOf),
      backwardMoves: walk.backwardMoves,
    });
    visitCount = end;
  }

  const first = windowDay(options.from, 'from') ?? earliestDay(createdDay, cards.length) ?? asOfDay;
  const last = windowDay(options.to, 'to') ?? asOfDay;
  if (last < first) throw new FlowInputError(`the window ends (${dayString(last)}) before it starts`);
  const inWindow = (day: number) => day >= first && day <= last;

  const lead: Duration[] = [];
  const reaction: Duration[] = [];
  const cycle: Duration[] = [];
  const age: Duration[] = [];
  const doneDays: number[] = [];
  const createdDays: number[] = [];
  let skipped = 0;
  let backwardTotal = 0;
  let backwardCards = 0;
  let remaining = 0;
  for (let k = 0; k < cards.length; k++) {
    const card = cards[k]!;
    if (card.done !== null && inWindow(doneDay[k]!)) {
      lead.push(card.lead!);
      cycle.push(card.cycle!);
      if (card.skipped) skipped++;
    }
    if (card.started !== null && inWindow(startedDay[k]!)) reaction.push(card.reaction!);
    if (card.age) age.push(card.age);
    if (card.done !== null) doneDays.push(doneDay[k]!);
    else remaining++;
    createdDays.push(createdDay[k]!);
    backwardTotal += card.backwardMoves;
    if (card.backwardMoves > 0) backwardCards++;
  }

  const { cfd, wip } = snapshotColumns(visits, visitCount, order, calendar, first, last);
  const daily = dailyThroughput(doneDays, calendar, first, last);
  const timeInStatus: FlowReport['timeInStatus'] = {};
  for (const id of order) {
    const summary = tally.summary(statusIndex.get(id)!);
    if (summary) timeInStatus[id] = summary;
  }

  return {
    timeZone: calendar.timeZone,
    working: calendar.working,
    asOf,
    from: dayString(first),
    to: dayString(last),
    cards,
    apart,
    issues,
    lead: summarize(lead),
    reaction: summarize(reaction),
    cycle: summarize(cycle),
    age: summarize(age),
    skipped,
    timeInStatus,
    backwardMoves: { total: backwardTotal, cards: backwardCards },
    throughput: { daily, weekly: weeklyThroughput(daily, first, last) },
    wip,
    cfd,
    remaining,
    createdDaily: dailyThroughput(createdDays, calendar, first, last),
  };
}

function windowDay(date: string | undefined, name: string): number | null {
  if (date === undefined) return null;
  const day = dayNumber(date);
  if (day === null) throw new FlowInputError(`${name} "${date}" is not a date YYYY-MM-DD`);
  return day;
}

/** The earliest of the first `count` days, or null when there are none. */
function earliestDay(days: Float64Array, count: number): number | null {
  let min = Infinity;
  for (let k = 0; k < count; k++) if (days[k]! < min) min = days[k]!;
  return min === Infinity ? null : min;
}

/** Status ids in board order: `statusOrder` first, then any other status in the map's order. */
function boardOrder(input: FlowInput): string[] {
  const known = new Set(Object.keys(input.statuses));
  const order = (input.statusOrder ?? []).filter((id) => known.has(id));
  const seen = new Set(order);
  for (const id of known) if (!seen.has(id)) order.push(id);
  return order;
}

/** Role code and backward-move rank of each board position. */
function statusCodes(input: FlowInput, order: readonly string[]): StatusCodes {
  const ranks = statusRanks(input.statuses, input.statusOrder);
  return {
    role: Uint8Array.from(order, (id) => roleCode(input.statuses[id])),
    rank: Float64Array.from(order, (id) => ranks.get(id) ?? Number.NaN),
  };
}
