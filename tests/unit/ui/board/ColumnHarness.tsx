// What a column needs around it outside a whole board: the space's store, the cards' shared drag state
// and dnd-kit's context.
import { DndContext } from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import type { SpaceStore } from '../../../../src/state/index.ts';
import {
  CardDragContext,
  createCardDragShared,
  SpaceStoreContext,
} from '../../../../src/ui/views/kanban/boardContext';

export function ColumnHarness({ store, children }: { store: SpaceStore; children: ReactNode }) {
  const [cardDrag] = useState(() => createCardDragShared('move-card-instructions'));
  return (
    <SpaceStoreContext.Provider value={store}>
      <CardDragContext.Provider value={cardDrag}>
        <DndContext>{children}</DndContext>
      </CardDragContext.Provider>
    </SpaceStoreContext.Provider>
  );
}
