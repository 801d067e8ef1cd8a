/**
 * How cases move through each aftersales process: how long they typically wait in a status, which steps
 * are often skipped, how often work goes back a step, how many cases end cancelled, and the promised
 * resolution time. Figures are typical of consumer-appliance aftersales; they only need to make seeded
 * boards and flow charts look like a real team's.
 */
import type { StatusRole } from '../../src/domain/index.ts';

export interface StepTuning {
  /** Median time a case spends in this status, in days. */
  medianDays: number;
  /** Probability that a case passes through this status at all (1 = always). */
  visit: number;
}

export interface FlowTuning {
  /** Share of the workspace's cards that land in this process. */
  share: number;
  /** Promised resolution time from creation, in days (the card's due date), or null for none. */
  dueDays: number | null;
  /** Probability that a case ends in the cancelled status instead of completing. */
  cancel: number;
  /** Probability, at each in-progress step after the first, that work goes back one step. */
  back: number;
  /** Per status name; statuses not listed use {@link DEFAULT_STEP} for their role. */
  steps: Record<string, StepTuning>;
  /** Visits: the card's start is the planned visit day, reached when it enters this status. */
  visitStatus?: string;
}

/** Tuning of statuses a flow does not name, by role. */
export const DEFAULT_STEP: Record<StatusRole, StepTuning> = {
  information: { medianDays: 0, visit: 0 },
  not_started: { medianDays: 0.8, visit: 1 },
  in_progress: { medianDays: 1.5, visit: 1 },
  completed: { medianDays: 0, visit: 1 },
  cancelled: { medianDays: 0, visit: 1 },
};

export const FLOWS: Record<string, FlowTuning> = {
  'repairs-rma': {
    share: 0.35,
    dueDays: 14,
    cancel: 0.08,
    back: 0.1,
    steps: {
      'Awaiting unit': { medianDays: 3, visit: 0.85 },
      Diagnosis: { medianDays: 1, visit: 1 },
      'Waiting for parts': { medianDays: 5, visit: 0.45 },
      'In repair': { medianDays: 1, visit: 1 },
      'Quality check': { medianDays: 0.5, visit: 0.9 },
    },
  },
  'warranty-claims': {
    share: 0.25,
    dueDays: 21,
    cancel: 0.15,
    back: 0.08,
    steps: {
      'Awaiting documents': { medianDays: 3, visit: 0.45 },
      'Under assessment': { medianDays: 2, visit: 1 },
      'Approved – settling': { medianDays: 2.5, visit: 1 },
    },
  },
  complaints: {
    share: 0.2,
    dueDays: 10,
    cancel: 0.12,
    back: 0.15,
    steps: {
      Acknowledged: { medianDays: 0.5, visit: 1 },
      Investigating: { medianDays: 3, visit: 1 },
      'Resolution proposed': { medianDays: 2, visit: 1 },
    },
  },
  'maintenance-visits': {
    share: 0.2,
    dueDays: null,
    cancel: 0.06,
    back: 0.04,
    visitStatus: 'On site',
    steps: {
      'To schedule': { medianDays: 2, visit: 1 },
      Scheduled: { medianDays: 6, visit: 1 },
      'On site': { medianDays: 0.2, visit: 1 },
      'Report pending': { medianDays: 1.5, visit: 1 },
    },
  },
};

/** Tuning for a template the table does not know (any other space template). */
export const GENERIC_FLOW: FlowTuning = { share: 0.1, dueDays: 14, cancel: 0.1, back: 0.08, steps: {} };

/** The flow of a template, falling back to {@link GENERIC_FLOW}. */
export function flowFor(templateId: string): FlowTuning {
  return FLOWS[templateId] ?? GENERIC_FLOW;
}
