/** The demo-data generator: seeds an "Aftersales Service" workspace through the server's storage. */
export {
  seedWorkspace,
  resolveSeedOptions,
  SeedConflictError,
  SEED_TEMPLATES,
  DEFAULT_WORKSPACE_NAME,
  DEFAULT_OWNER_EMAIL,
  DEFAULT_OWNER_PASSWORD,
  type SeedOptions,
  type SeedResult,
  type SeededSpace,
  type SeededUser,
} from './seedWorkspace.ts';
export { planSpace, splitCards, type PlannedAction, type PlanInput, type PlanStatus } from './plan.ts';
export { applyPlan } from './apply.ts';
export { createRandom, type Random } from './random.ts';
