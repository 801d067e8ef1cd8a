/**
 * Actions as data: every command the app offers is one object, and the keyboard shortcuts and the command
 * palette are both driven by the one list of commands registered at the moment.
 */
export interface Command {
  id: string;
  /** What the palette shows and searches. */
  label: string;
  /** Shortcut, e.g. `Mod+Shift+Z` (Mod = Ctrl, or Cmd on a Mac); shown beside the label. */
  keys?: string;
  /** Other shortcuts for the same command, not shown (Ctrl+Y for redo, as on Windows). */
  alsoKeys?: readonly string[];
  /** Whether the shortcut also works while typing in a text field. */
  inFields?: boolean;
  /** False hides the command from the palette and ignores its shortcut. */
  enabled?: () => boolean;
  perform: () => void;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Whether `event` is the shortcut `keys` (`Mod+Shift+Z`, `Mod+K`, `G`, `?`, …). A punctuation key (`?`)
 * matches whether or not Shift was needed to type it: that depends on the keyboard layout.
 */
export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const wants = new Set(parts.map((part) => part.toLowerCase()));
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  const punctuation = key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
  return (
    event.key.toLowerCase() === key &&
    mod === wants.has('mod') &&
    (punctuation || event.shiftKey === wants.has('shift')) &&
    event.altKey === wants.has('alt')
  );
}

/** A shortcut as the user's platform writes it: `Ctrl+Shift+Z`, or `⌘⇧Z` on a Mac. */
export function formatKeys(keys: string): string {
  if (!IS_MAC) return keys.replace('Mod', 'Ctrl');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
