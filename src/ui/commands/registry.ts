import { useEffect } from 'react';
import { createStore, useStore } from 'zustand';
import type { Command } from './command';

interface Registry {
  /** Commands by the component that registered them, in registration order. */
  sources: Map<symbol, readonly Command[]>;
}

/** The commands on offer right now: each mounted part of the app registers its own. */
export const commandRegistry = createStore<Registry>(() => ({ sources: new Map() }));

export function allCommands(): Command[] {
  return [...commandRegistry.getState().sources.values()].flat();
}

/** Offers `commands` while the calling component is mounted (pass a memoized array). */
export function useCommands(commands: readonly Command[]): void {
  useEffect(() => {
    const source = Symbol('commands');
    commandRegistry.setState(({ sources }) => ({ sources: new Map(sources).set(source, commands) }));
    return () =>
      commandRegistry.setState(({ sources }) => {
        const next = new Map(sources);
        next.delete(source);
        return { sources: next };
      });
  }, [commands]);
}

/** The registered commands, for the palette. */
export function useAllCommands(): Command[] {
  const sources = useStore(commandRegistry, (state) => state.sources);
  return [...sources.values()].flat();
}
