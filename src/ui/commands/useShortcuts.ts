import { useEffect } from 'react';
import { matchesKeys } from './command';
import { allCommands } from './registry';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The one keyboard listener for every command's shortcut. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const typing = isTyping(event.target);
      for (const command of allCommands()) {
        const shortcuts = [command.keys, ...(command.alsoKeys ?? [])];
        if (!shortcuts.some((keys) => keys !== undefined && matchesKeys(event, keys))) continue;
        if (typing && !command.inFields) continue;
        if (command.enabled && !command.enabled()) continue;
        event.preventDefault();
        command.perform();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
