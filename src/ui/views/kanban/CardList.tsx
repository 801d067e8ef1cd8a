import type { Label } from '../../../domain/index.ts';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { sameIds } from '../../../state/index.ts';
import { useLatest } from '../../common/useLatest';
import { useTabStop } from '../../common/tabStops';
import { useCardDrag } from './boardContext';
import { registerColumnReveal } from './columnReveal';
import { LIST_STATUS_ATTRIBUTE } from './entryIndex';
import { useKeptPlace } from './keptPlace';
import { useFirstCardInView, useFocusedCard } from './listFocus';
import { SortableCard } from './SortableCard';
import { CardBindings } from './CardBindings';

/** Above this many cards a column renders only the cards in view (plus a margin). */
export const VIRTUALIZE_FROM = 25;
/** A one-line card with a little room; real heights are measured once a card is drawn. */
const ESTIMATED_CARD_PX = 48;
const estimateSize = () => ESTIMATED_CARD_PX;
/**
 * The room between two cards: the list's CSS gap (`--space-1` in `.column-cards`, styles.css), which the
 * virtualizer adds between its items too, and the spacers leave out.
 */
const GAP_PX = 4;

interface CardListProps {
  statusId: string;
  ids: readonly string[];
  /** Whether the cards hold dnd-kit's hooks (see `SortableCard`). */
  bound: boolean;
  /** Whether the cards are drop targets now (during a drag, only in the column the card is shown in). */
  droppable: boolean;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
  /** The card being dragged anywhere on the board: always drawn, so dnd-kit keeps its node and focus. */
  activeId: string | null;
  /** The column's ref for the list, its drop target while the column is expanded. */
  dropRef: (element: HTMLElement | null) => void;
  className: string;
  labelledBy: string;
  empty: boolean;
}

/**
 * The list of a column's cards; long columns are virtualized so a 5,000-card space stays smooth. Beside
 * the list, its cards' dnd-kit bindings (`CardBindings`) sort the whole column while its cards are bound
 * (the column a drag is or was last in), otherwise only the cards it draws. dnd-kit walks a context's
 * items several times on each render of its own (every lift, crossing and drop).
 */
export function CardList(props: CardListProps) {
  return props.ids.length >= VIRTUALIZE_FROM ? <VirtualCardList {...props} /> : <PlainCardList {...props} />;
}

function PlainCardList({ statusId, ids, dropRef, className, labelledBy, empty, ...shown }: CardListProps) {
  const [list, setRefs] = useListRef(dropRef);
  const { tabStops } = useCardDrag();
  const tabStop = useTabStop(tabStops, statusId, ids, useFirstCardInView(list, ids));
  return (
    <SortableList
      statusId={statusId}
      items={ids}
      drawn={ids}
      drag={shown}
      listRef={setRefs}
      className={className}
      labelledBy={labelledBy}
    >
      {ids.map((id) => (
        <SortableCard key={id} cardId={id} {...cardProps(shown)} tabStop={id === tabStop} />
      ))}
      {empty && (
        <li role="none" className="column-empty muted">
          No cards
        </li>
      )}
    </SortableList>
  );
}

function VirtualCardList({
  statusId,
  ids,
  activeId,
  dropRef,
  className,
  labelledBy,
  ...shown
}: CardListProps) {
  const [scroller, setRefs] = useListRef(dropRef);
  // Drawn wherever the column is scrolled: the dragged card (dnd-kit keeps its node and focus) and the
  // focused one (a wheel scrolling it away took the focus off the page). Looked up once per change, not
  // per render: the list renders at every frame of a scroll.
  const focusedId = useFocusedCard(scroller, ids);
  const activeIndex = useMemo(() => (activeId === null ? -1 : ids.indexOf(activeId)), [ids, activeId]);
  const focusedIndex = useMemo(() => (focusedId === null ? -1 : ids.indexOf(focusedId)), [ids, focusedId]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = [activeIndex, focusedIndex].filter((index) => index >= 0 && !indexes.includes(index));
      if (kept.length === 0) return indexes;
      return [...new Set([...indexes, ...kept])].sort((a, b) => a - b);
    },
    [activeIndex, focusedIndex],
  );
  // The virtualizer recomputes every item's offset (a loop over the whole column) whenever the key
  // function changes: a new closure per render made each re-render of a long column cost that loop.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 3,
    gap: GAP_PX,
    rangeExtractor,
  });
  useKeptPlace(virtualizer, ids, activeId !== null);
  // Cards this column has not drawn are reached through its virtualizer (`columnReveal.ts`).
  const idsNow = useLatest(ids);
  useEffect(() => {
    const list = scroller.current;
    if (list === null) return;
    return registerColumnReveal(list, (target) => {
      const cards = idsNow.current;
      const index =
        'cardId' in target
          ? cards.indexOf(target.cardId)
          : 'from' in target
            ? cards.indexOf(target.from) + target.step
            : target.end === 'first'
              ? 0
              : cards.length - 1;
      if (index < 0 || index >= cards.length || ('from' in target && index - target.step < 0)) return null;
      // A card asked for by id (a closed panel's, a moved one's) scrolls the column only if it is out of view.
      const align = 'end' in target ? (target.end === 'first' ? 'start' : 'end') : 'auto';
      // Already where it would scroll to (a card dropped in view): no scroll, and none of the frames the
      // virtualizer spends after one making sure it landed.
      if (virtualizer.getOffsetForIndex(index, align)?.[0] !== virtualizer.scrollOffset) {
        virtualizer.scrollToIndex(index, { align });
      }
      return cards[index]!;
    });
  }, [virtualizer, idsNow]);
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const last = items[items.length - 1];
  const after = last ? Math.max(0, total - last.end) : 0;
  // The column a drag is in sorts its whole list: its window moves as a drag scrolls it, and a sortable
  // context whose items change drops its cards' transforms for a render.
  const drawn = useSameIds(
    items.map((item) => ids[item.index]).filter((id): id is string => id !== undefined),
  );
  const sortable = shown.bound ? ids : drawn;
  const inView = virtualizer.range === null ? undefined : ids[virtualizer.range.startIndex];
  const { tabStops } = useCardDrag();
  const tabStop = useTabStop(tabStops, statusId, drawn, inView);

  return (
    <SortableList
      statusId={statusId}
      items={sortable}
      drawn={drawn}
      drag={shown}
      listRef={setRefs}
      className={`${className} column-cards-virtual`}
      labelledBy={labelledBy}
    >
      {items.map((item, at) => {
        const id = ids[item.index];
        if (id === undefined) return null;
        const skipped = item.start - (at === 0 ? 0 : items[at - 1]!.end + GAP_PX);
        return (
          <Fragment key={id}>
            {skipped > GAP_PX && <Spacer height={skipped - GAP_PX} />}
            <SortableCard
              cardId={id}
              {...cardProps(shown)}
              measureRef={virtualizer.measureElement}
              index={item.index}
              tabStop={id === tabStop}
            />
          </Fragment>
        );
      })}
      {after > 0 && <Spacer height={after - GAP_PX} />}
    </SortableList>
  );
}

/** What every card of a list is drawn with: what its front shows. */
function cardProps({ labels, done, now }: Pick<CardListProps, 'labels' | 'done' | 'now'>) {
  return { labels, done, now };
}

/** A ref to a column's list element that also hands it to the column (`dropRef`). */
function useListRef(
  dropRef: (element: HTMLElement | null) => void,
): [RefObject<HTMLUListElement | null>, (element: HTMLUListElement | null) => void] {
  const list = useRef<HTMLUListElement | null>(null);
  const setRefs = useCallback(
    (element: HTMLUListElement | null) => {
      list.current = element;
      dropRef(element);
    },
    [dropRef],
  );
  return [list, setRefs];
}

/**
 * The room of cards a long column does not draw: before the first it draws, after the last, and between
 * the cards in view and the lifted or focused card (always drawn) once the column has scrolled away from
 * it. Hidden from assistive technology; the arrow keys read one as "the neighbour is not drawn".
 * Spacers rather than absolute positions: dnd-kit moves cards with transforms of their own.
 */
function Spacer({ height }: { height: number }) {
  return <li role="none" aria-hidden="true" style={{ height, flexShrink: 0 }} />;
}

/**
 * A column's list element, marked with its status, and beside it the bindings of its cards, dnd-kit's
 * sortable context of `items`.
 */
function SortableList({
  statusId,
  items,
  drawn,
  drag,
  listRef,
  className,
  labelledBy,
  children,
}: {
  statusId: string;
  items: readonly string[];
  drawn: readonly string[];
  drag: Pick<CardListProps, 'bound' | 'droppable'>;
  listRef: (element: HTMLUListElement | null) => void;
  className: string;
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <>
      <ul
        ref={listRef}
        className={className}
        aria-labelledby={labelledBy}
        {...{ [LIST_STATUS_ATTRIBUTE]: statusId }}
      >
        {children}
      </ul>
      <CardBindings
        statusId={statusId}
        items={items}
        drawn={drawn}
        bound={drag.bound}
        droppable={drag.droppable}
      />
    </>
  );
}

/**
 * `next`, or the list last returned while it holds the same ids: the virtualizer's window is a new array
 * on every render, and a sortable context given new items hands its cards' hooks a new context value.
 */
function useSameIds(next: readonly string[]): readonly string[] {
  const last = useRef(next);
  if (!sameIds(last.current, next)) last.current = next;
  return last.current;
}
