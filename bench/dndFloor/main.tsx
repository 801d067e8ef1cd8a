/**
 * A bare board for the dnd-kit floor bench: columns of plain cards in React state, dragged with dnd-kit's
 * keyboard sensor, with nothing else on the page (no store, no document, no storage, no network). The page
 * address picks the board: `?cards=<per column>` and `&sortable` (every card a `useSortable` in a
 * `SortableContext`, as dnd-kit's sortable examples do) or not (every card a `useDraggable`).
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const SORTABLE = params.has('sortable');
const CARDS_PER_COLUMN = Number(params.get('cards') ?? 12);
const COLUMNS = 8;
const COLUMN_PX = 260;
const GAP_PX = 16;

const initialColumns = Array.from({ length: COLUMNS }, (_, column) =>
  Array.from({ length: CARDS_PER_COLUMN }, (_, card) => `card-${column}-${card}`),
);

// Worded as the board's own announcements, so the bench waits for the same texts. Nothing is said over a
// column, as the lift's own text must stay until the bench has read it.
const announcements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${active.id}.`,
  onDragOver: () => undefined,
  onDragEnd: ({ active, over }) => `${active.id} was dropped over ${over?.id ?? 'nothing'}.`,
  onDragCancel: ({ active }) => `Moving ${active.id} was cancelled.`,
};

// Right and Left move one column along; the card lands where the column's droppable is nearest.
const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  if (event.code === 'ArrowRight')
    return { ...currentCoordinates, x: currentCoordinates.x + COLUMN_PX + GAP_PX };
  if (event.code === 'ArrowLeft')
    return { ...currentCoordinates, x: currentCoordinates.x - COLUMN_PX - GAP_PX };
  return undefined;
};

// Which hook the cards hold is fixed for the page, so every render calls the same one.
const useCardDrag = SORTABLE ? useSortable : useDraggable;

const Card = memo(function Card({ id }: { id: string }) {
  const { setNodeRef, listeners, attributes, isDragging } = useCardDrag({ id });
  return (
    <li
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      role="listitem"
      aria-label={id}
      tabIndex={0}
      className="card"
      data-dragging={isDragging}
    >
      {id}
    </li>
  );
});

const Column = memo(function Column({ id, cards }: { id: string; cards: string[] }) {
  const { setNodeRef } = useDroppable({ id });
  const list: ReactNode = (
    <ul ref={setNodeRef} aria-label={id} className="column-cards">
      {cards.map((card) => (
        <Card key={card} id={card} />
      ))}
    </ul>
  );
  return (
    <section className="column">
      {SORTABLE ? (
        <SortableContext id={id} items={cards} strategy={verticalListSortingStrategy}>
          {list}
        </SortableContext>
      ) : (
        list
      )}
    </section>
  );
});

function Board() {
  const [columns, setColumns] = useState(initialColumns);
  const [active, setActive] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );
  // A drop puts the card at the top of the column it is over: one state update, as a store's would be.
  // Sortable cards are drop targets too: over one, the column is its sortable context.
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActive(null);
    const column = over === null ? null : String(over.data.current?.sortable?.containerId ?? over.id);
    const to = column === null ? -1 : Number(column.slice('column-'.length));
    if (to < 0) return;
    setColumns((before) =>
      before.map((cards, index) => {
        const rest = cards.filter((card) => card !== active.id);
        return index === to ? [String(active.id), ...rest] : rest.length === cards.length ? cards : rest;
      }),
    );
  };
  return (
    <DndContext
      sensors={sensors}
      accessibility={{ announcements }}
      onDragStart={({ active }) => setActive(String(active.id))}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <div className="board">
        {columns.map((cards, index) => (
          <Column key={index} id={`column-${index}`} cards={cards} />
        ))}
      </div>
      <DragOverlay>{active === null ? null : <div className="card overlay">{active}</div>}</DragOverlay>
    </DndContext>
  );
}

const style = document.createElement('style');
style.textContent = `
  .board { display: flex; gap: ${GAP_PX}px; }
  .column { width: ${COLUMN_PX}px; flex: none; }
  .column-cards { list-style: none; margin: 0; padding: 0; min-height: 600px; }
  .card { height: 56px; margin: 4px 0; border: 1px solid #ccc; border-radius: 4px; background: white; }
  .card[data-dragging='true'] { opacity: 0.4; }
`;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<Board />);
