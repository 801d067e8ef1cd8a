import { createContext, type ReactNode } from 'react';
import { slaFieldOf } from '../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../state/index.ts';

/**
 * The id of the open space's SLA due-date field (null: none), for card fronts. A context rather than a
 * prop, so the board's columns and sortable wrappers need not pass it through.
 */
export const SlaFieldContext = createContext<string | null>(null);

/** Provides the space's live SLA field from its store; cards re-render only when that choice changes. */
export function SlaFieldProvider({ store, children }: { store: SpaceStore; children: ReactNode }) {
  const slaFieldId = useSpaceStore(store, (state) => slaFieldOf(state.settings, state.fields));
  return <SlaFieldContext.Provider value={slaFieldId}>{children}</SlaFieldContext.Provider>;
}
