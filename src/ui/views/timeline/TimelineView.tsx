import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import { liveRelationList } from '../../../domain/index.ts';
import { useSpaceStore, type SpaceStore, useAllCards } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { useNameOf } from '../../card/people';
import type { Command } from '../../commands/command';
import { useCommands } from '../../commands/registry';
import { FormError } from '../../common/FormError';
import { ReadOnlyContext } from '../../common/readOnly';
import { browserTimeZone } from '../flow/useFlowReport';
import { OpenCardContext } from '../kanban/boardContext';
import { useNow } from '../kanban/useNow';
import { barName } from './barName';
import { timelineConnectors } from './connectors';
import { datesOf, DAY_PX, makeScale, type DaySpan, type Zoom } from './scale';
import { TimelineAxis } from './TimelineAxis';
import { TimelineCardRow } from './TimelineCardRow';
import { TimelineConnectors } from './TimelineConnectors';
import { TimelineContext, xOfDay, type TimelineContextValue, type TimelineGeometry } from './timelineContext';
import { TimelineToolbar } from './TimelineToolbar';
import { formatTimelineQuery, parseTimelineQuery, type TimelineSettings } from './timelineQuery';
import { timelineRows, type GroupBy } from './timelineRows';
import { useAxisExtent } from './useAxisExtent';
import { useVisibleDays } from './useVisibleDays';
import { UndatedList } from './UndatedList';
import './timeline.css';

/** Row height, px: one line of text in a calm, dense list. */
const ROW_PX = 32;
/** Height of the date scale, px (two lines of labels). */
const AXIS_PX = 44;
/** Width of the pinned titles column, px. */
const LABEL_PX = 200;

interface TimelineViewProps {
  store: SpaceStore;
  actions: SpaceActions;
}

/**
 * The Timeline of a space: its dated cards as bars on a date axis in the browser's time zone, grouped by
 * status or responsible person, and its undated cards beside it. Rows are virtualized and only the bars in
 * view are drawn, so a space of thousands of cards scrolls smoothly.
 */
export function TimelineView({ store, actions }: TimelineViewProps) {
  const readOnly = useContext(ReadOnlyContext);
  const openCard = useContext(OpenCardContext);
  const nameOf = useNameOf();
  const [settings, setSettings] = useState(() => parseTimelineQuery(window.location.search));
  const { zoom, groupBy } = settings;
  const change = useCallback((next: TimelineSettings) => {
    setSettings(next);
    const query = formatTimelineQuery(window.location.search, next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
  }, []);
  const setGroupBy = useCallback(
    (next: GroupBy) => change({ ...settings, groupBy: next }),
    [change, settings],
  );
  const [error, setError] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // A bar's new dates are in its name, which screen readers do not re-read on their own: say them.
  const [announcement, setAnnouncement] = useState('');
  const hintId = useId();
  // Spaces have no time zone setting yet: days are the browser's, as on the card panel's date inputs.
  const scale = useMemo(() => makeScale(browserTimeZone()) ?? makeScale('UTC')!, []);
  const now = useNow();
  const today = scale.dayOf(now);

  const statuses = useSpaceStore(store, (state) => state.statuses);
  const columns = useSpaceStore(store, (state) => state.columns);
  const cards = useAllCards(store);
  const relations = useSpaceStore(store, (state) => state.relations);
  const { rows, undated } = useMemo(
    () =>
      timelineRows({
        statuses,
        columns,
        cards,
        groupBy,
        nameOf,
      }),
    [statuses, columns, cards, groupBy, nameOf],
  );
  const dayPx = DAY_PX[zoom];
  const extent = useAxisExtent(rows, cards, scale, today, zoom);
  const geometry = useMemo<TimelineGeometry>(
    () => ({ scale, zoom, originDay: extent.first, dayPx }),
    [scale, zoom, extent.first, dayPx],
  );
  const trackWidth = (extent.last - extent.first + 1) * dayPx;

  const commit = useCallback(
    (cardId: string, span: DaySpan): boolean => {
      const card = store.getState().cards[cardId];
      if (!card) return false;
      const dates = datesOf(scale, span, card);
      if (dates.start === card.start && dates.due === card.due) return true;
      try {
        actions.updateCard({ cardId, ...dates });
        setError(null);
        setAnnouncement(barName(card.title, dates.start, dates.due, scale));
        return true;
      } catch (caught) {
        setError(`Could not change the dates of "${card.title}": ${messageOf(caught)}`);
        return false;
      }
    },
    [store, scale, actions],
  );
  const context = useMemo<TimelineContextValue>(
    () => ({ ...geometry, commit, refuse: setError, open: openCard, readOnly, hintId }),
    [geometry, commit, openCard, readOnly, hintId],
  );

  const scroller = useRef<HTMLDivElement | null>(null);
  const visible = useVisibleDays(scroller, geometry, LABEL_PX, today);
  const focusedIndex = useMemo(
    () => (focusedId === null ? -1 : rows.findIndex((row) => row.key === focusedId)),
    [rows, focusedId],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex >= 0 && !indexes.includes(focusedIndex)) {
        indexes.push(focusedIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [focusedIndex],
  );
  // Stable options: the virtualizer recomputes every row's offset whenever one of these changes identity.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    getItemKey,
    overscan: 6,
    scrollMargin: AXIS_PX,
    rangeExtractor,
    // Rows follow the scroll in React's next render rather than synchronously inside the scroll event,
    // so one frame's scroll events cost one render.
    useFlushSync: false,
  });

  const dayAt = useCallback(
    (clientX: number, clientY: number): number | null => {
      const element = scroller.current;
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const inside =
        clientX >= box.left + LABEL_PX && clientX < box.right && clientY >= box.top && clientY < box.bottom;
      if (!inside) return null;
      return geometry.originDay + Math.floor((clientX - box.left - LABEL_PX + element.scrollLeft) / dayPx);
    },
    [geometry.originDay, dayPx],
  );
  const dateCard = useCallback(
    (cardId: string, day: number | null) => {
      const on = day ?? today;
      if (!commit(cardId, { first: on, last: on }) || day !== null) return;
      // "Date it" took the focused button out of the Undated list: focus moves to the card's new bar,
      // which is drawn (row and bar) once it is the focused card.
      setFocusedId(cardId);
      requestAnimationFrame(() => {
        const bar = scroller.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`);
        bar?.focus({ preventScroll: true });
        bar?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    },
    [commit, today],
  );
  const zoomTo = useCallback(
    (next: Zoom) => {
      // An anchor set for a zoom that does not change would move the view at some later axis change.
      if (next === zoom) return;
      visible.keepCentre();
      change({ ...settings, zoom: next });
    },
    [visible, zoom, change, settings],
  );

  const commands = useMemo<Command[]>(
    () => [
      { id: 'undo', label: 'Undo', keys: 'Mod+Z', perform: () => history(actions.undo, 'undo', setError) },
      {
        id: 'redo',
        label: 'Redo',
        keys: 'Mod+Shift+Z',
        alsoKeys: ['Mod+Y'],
        perform: () => history(actions.redo, 'redo', setError),
      },
      ...(['day', 'week', 'month'] as const).map((unit) => ({
        id: `timeline-zoom-${unit}`,
        label: `Timeline: zoom to ${unit}s`,
        enabled: () => zoom !== unit,
        perform: () => zoomTo(unit),
      })),
    ],
    [actions, zoomTo, zoom],
  );
  useCommands(commands);

  const items = virtualizer.getVirtualItems();
  // Relations between cards that both have a row: the only ones a scroll can bring into view.
  const rowRelations = useMemo(() => {
    const onRows = new Set(rows.flatMap((row) => (row.kind === 'card' ? [row.cardId] : [])));
    return liveRelationList(relations).filter(
      (relation) => onRows.has(relation.from) && onRows.has(relation.to),
    );
  }, [relations, rows]);
  const connectors = useMemo(() => {
    if (rowRelations.length === 0) return [];
    const rowCentres = new Map<string, number>();
    for (const item of items) {
      const row = rows[item.index];
      if (row?.kind === 'card') rowCentres.set(row.cardId, item.start - AXIS_PX + ROW_PX / 2);
    }
    return timelineConnectors({
      relations: rowRelations,
      cards,
      rowCentres,
      geometry,
      trackLeft: LABEL_PX,
      rowPx: ROW_PX,
    });
  }, [rowRelations, items, rows, cards, geometry]);
  const nowPosition = scale.dayPosition(now);
  const todayX = LABEL_PX + xOfDay(geometry, nowPosition);
  return (
    <TimelineContext.Provider value={context}>
      <div className="timeline-view">
        <TimelineToolbar
          zoom={zoom}
          onZoom={zoomTo}
          groupBy={groupBy}
          onGroupBy={setGroupBy}
          onToday={visible.showToday}
        />
        <FormError message={error} />
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <p id={hintId} className="visually-hidden">
          {readOnly
            ? 'Enter opens the card.'
            : `Arrow keys move both dates by one ${zoom}; Shift with an arrow moves the due date, Alt with an arrow the start. Enter opens the card.`}
        </p>
        <div className="timeline-body">
          <div
            ref={scroller}
            className="timeline-scroller"
            role="region"
            aria-label="Timeline"
            onFocus={(event) => {
              const id = (event.target as HTMLElement).dataset.cardId;
              if (id) setFocusedId(id);
            }}
          >
            <div className="timeline-canvas" style={{ width: LABEL_PX + trackWidth }}>
              <div className="timeline-axis" style={{ height: AXIS_PX }}>
                <div className="timeline-axis-corner" style={{ width: LABEL_PX }} />
                <TimelineAxis
                  geometry={geometry}
                  from={Math.max(visible.from, extent.first)}
                  to={Math.min(visible.to, extent.last)}
                  today={today}
                  now={nowPosition}
                  width={trackWidth}
                />
              </div>
              <div className="timeline-rows" style={{ height: virtualizer.getTotalSize() }}>
                <div className="timeline-today" style={{ left: todayX }} aria-hidden="true" />
                <TimelineConnectors
                  connectors={connectors}
                  width={LABEL_PX + trackWidth}
                  height={virtualizer.getTotalSize()}
                />
                {rows.length === 0 && (
                  <p className="timeline-empty muted">
                    No card has a start or due date yet. Give one dates in its panel, or drag one from Undated
                    onto the timeline.
                  </p>
                )}
                {items.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  const top = item.start - AXIS_PX;
                  if (row.kind === 'group') {
                    return (
                      <div
                        key={row.key}
                        className="timeline-group"
                        style={{ transform: `translateY(${top}px)`, height: ROW_PX }}
                      >
                        <span className="timeline-group-name">
                          {row.label} <span className="muted">{row.count}</span>
                        </span>
                      </div>
                    );
                  }
                  return (
                    <TimelineCardRow
                      key={row.key}
                      store={store}
                      cardId={row.cardId}
                      from={visible.from}
                      to={visible.to}
                      focused={row.cardId === focusedId}
                      top={top}
                      height={ROW_PX}
                      trackWidth={trackWidth}
                    />
                  );
                })}
              </div>
            </div>
          </div>
          <UndatedList
            store={store}
            ids={undated}
            readOnly={readOnly}
            onDate={dateCard}
            dayAt={dayAt}
            onOpen={openCard}
          />
        </div>
      </div>
    </TimelineContext.Provider>
  );
}

function rowHeight(): number {
  return ROW_PX;
}

function history(step: () => boolean, what: string, setError: (message: string | null) => void): void {
  try {
    step();
    setError(null);
  } catch (caught) {
    setError(`Could not ${what}: ${messageOf(caught)}`);
  }
}

function messageOf(caught: unknown): string {
  return caught instanceof Error ? caught.message : 'unknown error';
}
