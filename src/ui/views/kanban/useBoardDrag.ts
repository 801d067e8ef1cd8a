import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import { selectColumn, showMoveOnSnapshot, type SpaceStore } from '../../../state/index.ts';
import type { Presence, SpaceActions } from '../../../sync/index.ts';
import { entryIndex } from './entryIndex';
import {
  applyPreview,
  dropNeighbours,
  statusDragId as statusDragIdOf,
  statusOfDragId,
  statusOfDropId,
  type DragPreview,
} from './preview';

export interface BoardDrag {
  activeId: string | null;
  /** The drag in progress (or the last one) was started from the keyboard. */
  byKeyboard: boolean;
  preview: DragPreview | null;
  /** A column's ids as shown now (store + preview); reads refs, so it is current inside dnd-kit callbacks. */
  columnIds: (statusId: string) => readonly string[];
  /** The column an id (a card's, or a column's droppable) belongs to as shown now. */
  columnOf: (id: string) => string | null;
  /** Whether the dragged card entered another column since the last frame (see `boardCollision`). */
  justChangedColumn: () => boolean;
  /** The column the last dropped card was in just before its drop (a colleague may have moved it). */
  columnBeforeDrop: () => string | null;
  onDragStart(event: DragStartEvent): void;
  onDragOver(event: DragOverEvent): void;
  onDragEnd(event: DragEndEvent): void;
  onDragCancel(): void;
}

/**
 * The drag state of a board. React state changes when a drag starts, each time the card enters another
 * column, and when it ends — never on the pointer's every move (moves within a column are dnd-kit's
 * transforms). A drop commits one `moveCard` or `moveStatus` (one transaction, one undo step); the store
 * updates within that call, so the preview is cleared in the same render and the card never jumps back.
 */
export function useBoardDrag(
  store: SpaceStore,
  actions: SpaceActions,
  onError: (message: string | null) => void,
  /** Where the others learn which card this user is dragging. */
  presence: Pick<Presence, 'setDragging'> | null = null,
  /** The columns' draggable ids in board order, for moving a column. */
  columnDragIds: readonly string[] = [],
  /** Gives focus back to what a keyboard drag moved (a card, a column's grip), given its draggable id. */
  refocus: (dragId: string) => void = () => {},
): BoardDrag {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [byKeyboard, setByKeyboard] = useState(false);
  // The draggable a keyboard drag moves, for focus to go back to it when the drag ends.
  const keyboardDrag = useRef<string | null>(null);
  const [preview, setPreviewState] = useState<DragPreview | null>(null);
  const previewRef = useRef<DragPreview | null>(null);
  const changedColumn = useRef(false);
  const setPreview = useCallback((next: DragPreview | null) => {
    if (next !== null && next.statusId !== previewRef.current?.statusId) {
      changedColumn.current = true;
      requestAnimationFrame(() => {
        changedColumn.current = false;
      });
    }
    previewRef.current = next;
    setPreviewState(next);
  }, []);
  const justChangedColumn = useCallback(() => changedColumn.current, []);
  const beforeDrop = useRef<string | null>(null);
  const columnBeforeDrop = useCallback(() => beforeDrop.current, []);

  const columnIds = useCallback(
    (statusId: string) =>
      applyPreview(selectColumn(statusId)(store.getState()), statusId, previewRef.current),
    [store],
  );
  /** The column an id belongs to now: a column's own droppable, or the column showing the card. */
  const columnOf = useCallback(
    (id: string): string | null => {
      const status = statusOfDropId(id);
      if (status !== null) return status;
      if (previewRef.current?.cardId === id) return previewRef.current.statusId;
      return store.getState().cards[id]?.pos.statusId ?? null;
    },
    [store],
  );

  const end = useCallback(() => {
    setPreview(null);
    setActiveId(null);
    presence?.setDragging(null);
    if (keyboardDrag.current !== null) refocus(keyboardDrag.current);
    keyboardDrag.current = null;
  }, [setPreview, presence, refocus]);

  const dropColumn = useCallback(
    (statusId: string, overId: string | null) => {
      const from = columnDragIds.indexOf(statusDragIdOf(statusId));
      const to = overId === null ? -1 : columnDragIds.indexOf(overId);
      if (from < 0 || to < 0 || from === to) return;
      const order = arrayMove([...columnDragIds], from, to);
      const before = order[to - 1];
      try {
        actions.moveStatus({ statusId, afterId: before === undefined ? null : statusOfDragId(before) });
      } catch (error) {
        onError(`The column could not be moved: ${error instanceof Error ? error.message : 'unknown error'}`);
      }
    },
    [columnDragIds, actions, onError],
  );

  return useMemo(
    () => ({
      activeId,
      byKeyboard,
      preview,
      columnIds,
      columnOf,
      justChangedColumn,
      columnBeforeDrop,
      onDragStart({ active, activatorEvent }) {
        onError(null);
        previewRef.current = null;
        beforeDrop.current = null;
        setActiveId(String(active.id));
        setByKeyboard(activatorEvent instanceof KeyboardEvent);
        keyboardDrag.current = activatorEvent instanceof KeyboardEvent ? String(active.id) : null;
        if (statusOfDragId(String(active.id)) === null) presence?.setDragging(String(active.id));
      },
      onDragOver({ active, over }) {
        if (statusOfDragId(String(active.id)) !== null) return;
        // Over no column (outside the board): shown back where it was, as a drop there leaves it.
        if (!over) {
          if (previewRef.current !== null) setPreview(null);
          return;
        }
        const cardId = String(active.id);
        const from = columnOf(cardId);
        const to = columnOf(String(over.id));
        if (to === null || from === to) return;
        const target = columnIds(to).filter((id) => id !== cardId);
        const moving = active.rect.current.translated;
        let index = target.length;
        if (statusOfDropId(String(over.id)) === null) {
          const overIndex = target.indexOf(String(over.id));
          const below =
            moving !== null && moving.top + moving.height / 2 > over.rect.top + over.rect.height / 2;
          index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
        } else if (moving !== null && target.length > 0) {
          // The keyboard puts the card's top edge at the top of the list it enters (`keyboardCoordinates`):
          // by its middle, a tall card entered below the first card, and dnd-kit then sorted it back up.
          const y = keyboardDrag.current === null ? moving.top + moving.height / 2 : moving.top;
          index = entryIndex(to, cardId, y, target.length);
        }
        setPreview({ cardId, statusId: to, index: Math.min(index, target.length) });
      },
      onDragEnd({ active, over }) {
        const movedStatus = statusOfDragId(String(active.id));
        if (movedStatus !== null) {
          dropColumn(movedStatus, over ? String(over.id) : null);
          end();
          return;
        }
        const cardId = String(active.id);
        const to = over ? columnOf(String(over.id)) : null;
        if (!over || to === null) {
          end();
          return;
        }
        // A colleague archived the card while it was being moved: say so, rather than the refusal
        // `moveCard` would give ("Restore the card before editing it").
        const card = store.getState().cards[cardId];
        beforeDrop.current = card?.pos.statusId ?? null;
        if (card === undefined || card.archived) {
          onError(
            card
              ? `“${card.title}” was archived meanwhile by someone else, so it was not moved.`
              : 'The card is no longer on the board, so it was not moved.',
          );
          end();
          return;
        }
        const ids = columnIds(to);
        const from = ids.indexOf(cardId);
        const overIndex = statusOfDropId(String(over.id)) === null ? ids.indexOf(String(over.id)) : -1;
        const finalIds = from >= 0 && overIndex >= 0 ? arrayMove([...ids], from, overIndex) : [...ids];
        if (!finalIds.includes(cardId)) finalIds.push(cardId);
        try {
          actions.moveCard({ cardId, toStatusId: to, ...dropNeighbours(finalIds, cardId) });
          // While the space loads the move waits for the document: the board shows it meanwhile.
          showMoveOnSnapshot(store, { cardId, toStatusId: to, order: finalIds });
        } catch (error) {
          onError(
            error instanceof Error
              ? `The card could not be moved: ${error.message}`
              : 'The card could not be moved.',
          );
        }
        end();
      },
      onDragCancel: end,
    }),
    [
      activeId,
      byKeyboard,
      preview,
      columnIds,
      columnOf,
      justChangedColumn,
      columnBeforeDrop,
      store,
      actions,
      end,
      onError,
      setPreview,
      presence,
      dropColumn,
    ],
  );
}
