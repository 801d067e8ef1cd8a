import { createContext, useContext } from 'react';
import type { UserActions } from '../../sync/index.ts';

/** What every part of MySpace needs: the writes to the user's document and how to open a card's panel. */
export interface MySpaceTools {
  actions: UserActions;
  /** Opens the panel of a card (editing it edits the card in its space). */
  openCard: (spaceId: string, cardId: string) => void;
  /** Shows why a write was refused, where the page shows errors; null clears it. */
  report: (message: string | null) => void;
}

export const MySpaceContext = createContext<MySpaceTools | null>(null);

export function useMySpace(): MySpaceTools {
  const tools = useContext(MySpaceContext);
  if (!tools) throw new Error('useMySpace needs a MySpaceContext provider (the MySpace page)');
  return tools;
}

/**
 * Runs one write of MySpace; a refusal is reported in words and changes nothing.
 * @returns whether the write was made.
 */
export function runWrite(tools: MySpaceTools, what: string, write: () => void): boolean {
  try {
    write();
    tools.report(null);
    return true;
  } catch (caught) {
    tools.report(`Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`);
    return false;
  }
}

/** The spaces that read as archived (their cards' mirrors say so); none outside MySpace. */
export const ArchivedSpacesContext = createContext<ReadonlySet<string>>(new Set());
