/**
 * The fields of `draft` that differ from `start`, what an edit form began with: a save writes only what
 * its user changed, so a colleague's change of another field meanwhile stays.
 */
export function changedFields<T extends Record<string, unknown>>(start: T, draft: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (draft[key] !== start[key]) changed[key] = draft[key];
  }
  return changed;
}
