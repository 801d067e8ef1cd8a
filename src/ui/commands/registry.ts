import { useEffect, useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import type { Command } from './command';

/**
 * Commands made from what the user typed (words folded by `searchWords`, at least one): "Open card: …" for the cards
 * of the open space. Asked only while the palette has a query, so a 5,000-card space costs nothing idle.
 */
export type Searcher = (words: readonly string[]) => Command[];

interface Registry {
  /** Commands by the component that registered them, in registration order. */
  sources: Map<symbol, readonly Command[]>;
  searchers: Map<symbol, Searcher>;
}

/** The commands on offer right now: each mounted part of the app registers its own. */
export const commandRegistry = createStore<Registry>(() => ({ sources: new Map(), searchers: new Map() }));

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

/** Offers search results from `searcher` while the calling component is mounted (pass a stable function). */
export function useSearcher(searcher: Searcher): void {
  useEffect(() => {
    const source = Symbol('searcher');
    commandRegistry.setState(({ searchers }) => ({ searchers: new Map(searchers).set(source, searcher) }));
    return () =>
      commandRegistry.setState(({ searchers }) => {
        const next = new Map(searchers);
        next.delete(source);
        return { searchers: next };
      });
  }, [searcher]);
}

/** The registered searchers, for the palette. */
export function useSearchers(): Searcher[] {
  const searchers = useStore(commandRegistry, (state) => state.searchers);
  // The same array while nothing registers: the palette searches again only when the query changes.
  return useMemo(() => [...searchers.values()], [searchers]);
}

/** The registered commands, for the palette. */
export function useAllCommands(): Command[] {
  const sources = useStore(commandRegistry, (state) => state.sources);
  return useMemo(() => [...sources.values()].flat(), [sources]);
}
