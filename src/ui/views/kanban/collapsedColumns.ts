/**
 * Which columns of a space are collapsed, kept in this browser's storage so a reload or a return to the
 * board shows them as they were left (see `rememberedFlag.ts`).
 */
import { useRememberedFlag } from '../../common/rememberedFlag';

const PREFIX = 'afterboard.collapsedColumns.';

/** Whether the column of `statusId` is collapsed in `spaceId`, and a setter that remembers the choice. */
export function useColumnCollapsed(
  spaceId: string,
  statusId: string,
): [boolean, (collapsed: boolean) => void] {
  return useRememberedFlag(PREFIX + spaceId, statusId);
}
