import { useEffect } from 'react';
import { matchesKeys } from './command';
import { allCommands } from './registry';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Whether `target` is inside a modal dialog (a command's single key there belongs to the dialog). */
function inModal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}

/** A shortcut of one key, no modifier (`N`, `?`): in a modal dialog it would act on the page behind. */
const singleKey = (keys: string) => !keys.includes('+');

/** The one keyboard listener for every command's shortcut. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const typing = isTyping(event.target);
      const modal = inModal(event.target);
      for (const command of allCommands()) {
        const shortcuts = [command.keys, ...(command.alsoKeys ?? [])];
        const matched = shortcuts.find((keys) => keys !== undefined && matchesKeys(event, keys));
        if (matched === undefined || (modal && singleKey(matched))) continue;
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
