/**
 * Plans the history of one seeded space: when each card is created, which statuses it passes through and
 * when, who works on it, and the edits along the way — as a time-ordered list of actions. Planning is pure
 * (no Yjs), so it can be tested on its own; `apply.ts` replays the plan through the domain operations with
 * the clock set to each action's time.
 *
 * Invariants of a plan: actions are sorted by `at`; a card's `create` comes before any other action of
 * that card; nothing happens after `to`; a card does nothing after it is archived.
 */
import type { StatusRole } from '../../src/domain/index.ts';
import { dayEnd, dayStart, nextWorkingTime, DAY_MS, HOUR_MS } from './calendar.ts';
import { cardNotes, cardTitle, MAINTENANCE_CHECKLIST, updatedTitle } from './catalog.ts';
import { DEFAULT_STEP, flowFor, type FlowTuning } from './flows.ts';
import type { Random } from './random.ts';

export interface PlanStatus {
  id: string;
  name: string;
  role: StatusRole;
}

export interface PlanInput {
  templateId: string;
  /** The space's statuses in board order. */
  statuses: readonly PlanStatus[];
  labelIds: readonly string[];
  /** Users who take cards in this space as responsible or co-worker. */
  team: readonly string[];
  /** The user who creates cards nobody on the team picked up (the service lead). */
  lead: string;
  /** Number of case cards (information cards come on top). */
  cards: number;
  /** Planned period, epoch ms. */
  from: number;
  to: number;
}

/** One planned action on card number `card` (index into creation order), by user `by`, at `at` (epoch ms). */
export type PlannedAction = { at: number; by: string; card: number } & (
  | { kind: 'create'; statusId: string; title: string; notes: string }
  | { kind: 'move'; statusId: string }
  | { kind: 'title'; title: string }
  | { kind: 'date'; field: 'start' | 'due'; value: number | null }
  /** The space's SLA due date, if the space has an SLA field (epoch ms). */
  | { kind: 'sla'; value: number }
  | { kind: 'assign'; userId: string }
  | { kind: 'coworker'; userId: string }
  | { kind: 'label'; labelId: string }
  | { kind: 'archive' }
);

/** A planned action before it gets its card and time (the planner adds both). */
type Step = DistributiveOmit<PlannedAction, 'card' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Distributes `total` cards over templates by their flow's share; every space gets at least one. */
export function splitCards(total: number, templateIds: readonly string[]): number[] {
  const shares = templateIds.map((id) => flowFor(id).share);
  const sum = shares.reduce((a, b) => a + b, 0);
  const counts = shares.map((share) => Math.max(1, Math.floor((total * share) / sum)));
  // Rounding leftovers go to the first spaces so the total is exact (when total ≥ number of spaces).
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i = (i + 1) % counts.length) counts[i]! += 1;
  return counts;
}

/** Plans a space's history; see the file header for the guarantees. */
export function planSpace(random: Random, input: PlanInput): PlannedAction[] {
  const flow = flowFor(input.templateId);
  const actions: PlannedAction[] = [];
  let card = 0;

  // Information cards (a maintenance checklist) exist from the first day and never move.
  const info = input.statuses.find((status) => status.role === 'information');
  if (info && input.templateId === 'maintenance-visits') {
    for (const { title, notes } of MAINTENANCE_CHECKLIST) {
      actions.push({
        at: input.from,
        by: input.lead,
        card: card++,
        kind: 'create',
        statusId: info.id,
        title,
        notes,
      });
    }
  }

  const arrivals = Array.from({ length: input.cards }, () => arrivalTime(random, input)).sort(
    (a, b) => a - b,
  );
  arrivals.forEach((createdAt, index) => {
    const title = cardTitle(random, input.templateId, index);
    actions.push(...planCard(random, input, flow, card++, createdAt, title));
  });
  return actions.sort((a, b) => a.at - b.at || a.card - b.card);
}

/** Arrivals grow slightly over the period (more recent weeks are busier), inside office hours. */
function arrivalTime(random: Random, { from, to }: PlanInput): number {
  const at = nextWorkingTime(random, from + (to - from) * random.next() ** 0.85);
  return at <= to ? at : to - random.int(1, 120) * 60_000;
}

function planCard(
  random: Random,
  input: PlanInput,
  flow: FlowTuning,
  card: number,
  createdAt: number,
  title: string,
): PlannedAction[] {
  const { statuses, team, lead, labelIds, to } = input;
  const working = statuses.filter((status) => status.role === 'not_started' || status.role === 'in_progress');
  const done = statuses.find((status) => status.role === 'completed');
  const cancelled = statuses.find((status) => status.role === 'cancelled');
  const first = working[0];
  if (!first) return [];

  // The service lead takes some cases personally (escalations, key accounts), so their MySpace is not empty.
  const responsible = team.length > 0 && !random.chance(0.08) ? random.pick(team) : lead;
  const creator = random.chance(0.6) ? responsible : lead;
  const plan: PlannedAction[] = [];
  // Each action may only happen after the previous one, inside office hours and before `to`.
  let now = createdAt;
  const push = (action: Step, after = 0): boolean => {
    const at = nextWorkingTime(random, Math.max(now, now + after));
    if (at > to) return false;
    now = at;
    plan.push({ ...action, at, card } as PlannedAction);
    return true;
  };
  const minutes = (n: number) => n * 60_000;

  plan.push({
    at: now,
    by: creator,
    card,
    kind: 'create',
    statusId: first.id,
    title,
    notes: cardNotes(random, input.templateId, now),
  });
  // The promise made to the customer, set as the case is taken in; no draw from `random`, so adding it
  // left every other seeded value as it was.
  plan.push({
    at: now,
    by: creator,
    card,
    kind: 'sla',
    value: dayEnd(createdAt + (flow.dueDays ?? 14) * DAY_MS),
  });
  if (random.chance(0.7)) {
    push({ by: creator, kind: 'assign', userId: responsible }, minutes(random.int(1, 30)));
  }
  if (flow.dueDays !== null && random.chance(0.85)) {
    push(
      { by: creator, kind: 'date', field: 'due', value: dayEnd(createdAt + flow.dueDays * DAY_MS) },
      minutes(1),
    );
  }
  for (const labelId of labelIds) {
    if (random.chance(0.18)) push({ by: creator, kind: 'label', labelId }, minutes(random.int(1, 20)));
  }

  // Walk the working statuses, sometimes skipping optional ones, sometimes stepping back once.
  const path = working.filter((status, i) => i === 0 || random.chance(stepOf(flow, status).visit));
  const cancelAt = cancelled && random.chance(flow.cancel) ? random.int(1, path.length) : -1;
  let assigned = plan.some((action) => action.kind === 'assign');
  let extrasDone = false;
  let finished = false;
  for (let i = 0; i < path.length; i++) {
    const dwell = random.logNormal(stepOf(flow, path[i]!).medianDays, 0.8) * DAY_MS;
    const target = i === cancelAt - 1 && cancelled ? cancelled : (path[i + 1] ?? done);
    if (!target) break;
    let leaveAt = now + dwell;
    // A visit card gets its visit day (start) and report deadline (due) when it is scheduled.
    if (flow.visitStatus && target.name === flow.visitStatus) {
      const visitDay = nextWorkingTime(random, leaveAt);
      push({ by: responsible, kind: 'date', field: 'start', value: dayStart(visitDay) }, minutes(5));
      push({ by: responsible, kind: 'date', field: 'due', value: dayEnd(visitDay + 2 * DAY_MS) }, minutes(1));
      leaveAt = visitDay;
    }
    if (!push({ by: responsible, kind: 'move', statusId: target.id }, leaveAt - now)) return plan;
    if (!assigned && target.role === 'in_progress') {
      assigned = push({ by: responsible, kind: 'assign', userId: responsible }, minutes(2));
    }
    if (!extrasDone && target.role === 'in_progress') {
      extrasDone = true;
      planExtras(random, input, flow, { createdAt, title, responsible }, push);
    }
    if (target === cancelled || target === done) {
      finished = true;
      break;
    }
    // Work goes back one step (a failed quality check, missing information) and then forward again.
    const backTo = path[i]!;
    if (backTo.role === 'in_progress' && target.role === 'in_progress' && random.chance(flow.back)) {
      if (!push({ by: responsible, kind: 'move', statusId: backTo.id }, HOUR_MS * random.int(1, 6))) {
        return plan;
      }
      const redo = random.logNormal(stepOf(flow, backTo).medianDays / 2, 0.6) * DAY_MS;
      if (!push({ by: responsible, kind: 'move', statusId: target.id }, redo)) return plan;
    }
  }

  // Finished cases are archived a few weeks later, as teams tidy their boards.
  if (finished && random.chance(0.55)) push({ by: lead, kind: 'archive' }, random.int(14, 35) * DAY_MS);
  return plan;
}

/** Co-workers, chased titles and postponed due dates: edits that happen while a case is in progress. */
function planExtras(
  random: Random,
  input: PlanInput,
  flow: FlowTuning,
  card: { createdAt: number; title: string; responsible: string },
  push: (action: Step, after?: number) => boolean,
): void {
  const by = card.responsible;
  const others = [...input.team, input.lead].filter((user) => user !== by);
  if (others.length > 0 && random.chance(0.25)) {
    push({ by, kind: 'coworker', userId: random.pick(others) }, 30 * 60_000);
  }
  if (random.chance(0.2)) {
    push({ by, kind: 'title', title: updatedTitle(random, card.title) }, HOUR_MS * random.int(1, 8));
  }
  if (flow.dueDays !== null && random.chance(0.12)) {
    const postponed = dayEnd(card.createdAt + (flow.dueDays + 7) * DAY_MS);
    push({ by, kind: 'date', field: 'due', value: postponed }, HOUR_MS * random.int(1, 4));
  }
}

function stepOf(flow: FlowTuning, status: PlanStatus) {
  return flow.steps[status.name] ?? DEFAULT_STEP[status.role];
}
