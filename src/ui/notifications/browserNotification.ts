// Browser (system) notifications, only where the user granted them: the in-app centre always lists the
// same thing, so a browser without them, or a user who said no, misses nothing.

/** Whether this browser offers notifications and the user has not decided yet (worth a button). */
export function canAskForBrowserNotifications(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'default';
}

/** Asks the user once; resolves to whether notifications may now be shown. */
export async function askForBrowserNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  return (await Notification.requestPermission()) === 'granted';
}

/**
 * Shows `title` as a system notification if allowed; `tag` keeps two tabs' copies as one. Clicking it
 * brings the app forward and runs `onClick` (opening the card).
 */
export function showBrowserNotification(title: string, tag: string, onClick?: () => void): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    const shown = new Notification(title, { tag });
    shown.onclick = () => {
      window.focus();
      onClick?.();
      shown.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker: the centre still lists it.
  }
}
