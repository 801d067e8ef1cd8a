import { useShallow } from 'zustand/react/shallow';
import { sortKeyed } from '../../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import { ROLE_LABELS } from './roles';

/**
 * The board's columns without their cards, while the cards are drawn: a few plain boxes in place of
 * hundreds of sortable cards, so the board's outline paints at once. No counts (they would claim cards
 * that are not shown yet) and no lists; the area is marked busy.
 */
export function BoardSkeleton({ store }: { store: SpaceStore }) {
  const statuses = useSpaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.statuses).filter((status) => !status.archived))),
  );
  return (
    <div className="board-area">
      <div className="board" aria-busy="true" aria-label="Drawing the board">
        {statuses.map((status) => (
          <div key={status.id} className={`column role-${status.role}`}>
            <div className="column-head">
              <span />
              <span />
              <span className="column-name">{status.name}</span>
              <span className="column-role">{ROLE_LABELS[status.role]}</span>
            </div>
            <div className="column-cards" />
          </div>
        ))}
      </div>
    </div>
  );
}
