import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'afterboard:draft:';

/** The tab's session storage, or null where there is none or it refuses (a private window's quota). */
function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): string {
  try {
    return storage()?.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, text: string): void {
  try {
    if (text === '') storage()?.removeItem(PREFIX + key);
    else storage()?.setItem(PREFIX + key, text);
  } catch {
    // Full or refused: the draft lives on in the field for as long as it is open.
  }
}

/**
 * A draft that is not saved anywhere yet (a comment being written), kept in the tab's session storage under
 * `key` while it is typed: closing and reopening its card, or reloading the page, finds it again. It is
 * the tab's own (a closed tab forgets it) and goes with a sign-out (`forgetKeptDrafts`); `key` names the
 * writer too, as a session may also just end and someone else sign in in the same tab.
 */
export function useKeptDraft(key: string): [string, Dispatch<SetStateAction<string>>] {
  const [draft, setDraftState] = useState(() => read(key));
  // Another card in the same panel: its own draft.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraftState(read(key));
  }
  useEffect(() => write(key, draft), [key, draft]);
  return [draft, setDraftState];
}

/**
 * Text a field could not save as it went (a colleague archived its card under the user's typing), kept
 * under `key` like a draft, for the field to offer again when it is drawn next; '' when none.
 */
export function keptText(key: string): string {
  return read(key);
}

/** Keeps `text` under `key` (see `keptText`); '' forgets it. */
export function keepText(key: string, text: string): void {
  write(key, text);
}

/** Forgets every kept draft of this tab: the next person at this computer must not find them. */
export function forgetKeptDrafts(): void {
  const kept = storage();
  if (!kept) return;
  try {
    const keys = Array.from({ length: kept.length }, (_, i) => kept.key(i)).filter(
      (name): name is string => name?.startsWith(PREFIX) === true,
    );
    for (const name of keys) kept.removeItem(name);
  } catch {
    // Nothing to forget where storage refuses.
  }
}
