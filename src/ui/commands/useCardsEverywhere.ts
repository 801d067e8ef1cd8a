import { useEffect, useState } from 'react';
import { ApiError } from '../api';
import { useServerReachable } from '../notifications/useServerReachable';
import { searchCardsEverywhere, type CardHit } from './cardSearchApi';

/** How long typing must pause before the server is asked, in ms. */
const PAUSE_MS = 150;
/** Shorter queries match too much to be worth a request. */
const MIN_LENGTH = 2;
const NONE: readonly CardHit[] = [];

export interface CardsEverywhere {
  /** The cards found for the query as it is now (empty while a newer query is being asked). */
  hits: readonly CardHit[];
  /** How many more cards match than the server sent. */
  more: number;
  state: 'idle' | 'searching' | 'done' | 'unreachable' | 'failed';
  /** Why the search failed (`failed`), in the server's words. */
  reason?: string;
}

/**
 * The cards of every space of the user's workspaces but `exclude` whose title holds the words typed, asked of the
 * server once typing pauses. An answer to an older query is dropped; offline, or refused, the state says so.
 * While the page knows the server is out of reach it does not ask, and it asks again once it is back.
 */
export function useCardsEverywhere(query: string, exclude: string | null): CardsEverywhere {
  // The server takes 200 characters at most; a longer query is asked as its start.
  const wanted = query.trim().slice(0, 200);
  // What was asked, as one key: the same words with another space left out are another question.
  const asked = `${exclude ?? ''}/${wanted}`;
  const [result, setResult] = useState<{ asked: string } & CardsEverywhere>({
    asked: '',
    hits: NONE,
    more: 0,
    state: 'idle',
  });
  const reachable = useServerReachable();
  useEffect(() => {
    if (wanted.length < MIN_LENGTH || !reachable) return;
    let current = true;
    const timer = setTimeout(() => {
      searchCardsEverywhere(wanted, exclude).then(
        ({ cards, more }) => {
          if (current) setResult({ asked, hits: cards, more, state: 'done' });
        },
        (error: unknown) => {
          if (!current) return;
          // Offline (or the server down) is a state the user waits out; any other refusal is said as it is.
          const unreachable = !(error instanceof ApiError) || error.code === 'network' || error.status >= 500;
          setResult(
            unreachable
              ? { asked, hits: NONE, more: 0, state: 'unreachable' }
              : { asked, hits: NONE, more: 0, state: 'failed', reason: error.message },
          );
        },
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, exclude, asked, reachable]);
  if (wanted.length < MIN_LENGTH) return { hits: NONE, more: 0, state: 'idle' };
  if (!reachable) return { hits: NONE, more: 0, state: 'unreachable' };
  return result.asked === asked ? result : { hits: NONE, more: 0, state: 'searching' };
}
