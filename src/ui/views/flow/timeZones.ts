// The time zones offered in the Flow view: where aftersales teams commonly work, plus the browser's own and
// whichever the address asks for, so a shared link's zone is always in the list.

const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
] as const;

/** The zones of the select: the browser's first, then `current` if it is not common, then the common ones. */
export function zoneChoices(current: string, browser: string): string[] {
  return [...new Set([browser, current, ...COMMON_ZONES])];
}
