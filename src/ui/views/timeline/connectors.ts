// Where the Timeline draws a relation: a line from the end of one card's bar to the start of the other's
// (parent to child, previous to next), for relations whose two cards both have a row drawn now. Free of
// React so the geometry can be tested on its own.
import { dateConflicts, type Card, type Relation } from '../../../domain/index.ts';
import { spanOf } from './scale';
import { xOfDay, type TimelineGeometry } from './timelineContext';

export interface Connector {
  id: string;
  /** The SVG path, in the coordinates of the rows (x from the rows' left edge, titles column included). */
  d: string;
  /** What it shows, in words: its accessible name. */
  name: string;
  /** The relation breaks a date rule (a child ending after its parent, a next card starting too early). */
  conflict: boolean;
}

interface ConnectorInput {
  /** Live relations, in a stable order. */
  relations: readonly Relation[];
  cards: Readonly<Record<string, Card>>;
  /** The vertical centre (px) of each card row drawn now, by card id. */
  rowCentres: ReadonlyMap<string, number>;
  geometry: TimelineGeometry;
  /** Where the track starts, px from the rows' left edge (the width of the pinned titles). */
  trackLeft: number;
  /** Height of a row, px: a line that has to turn back runs along the border between rows. */
  rowPx: number;
}

/** Length of the horizontal stub a line leaves a bar with and enters the next one with, px. */
const STUB_PX = 8;

/** The connectors to draw now. */
export function timelineConnectors({
  relations,
  cards,
  rowCentres,
  geometry,
  trackLeft,
  rowPx,
}: ConnectorInput): Connector[] {
  const connectors: Connector[] = [];
  for (const relation of relations) {
    const y1 = rowCentres.get(relation.from);
    const y2 = rowCentres.get(relation.to);
    const from = cards[relation.from];
    const to = cards[relation.to];
    if (y1 === undefined || y2 === undefined || !from || !to) continue;
    const first = spanOf(geometry.scale, from.start, from.due);
    const second = spanOf(geometry.scale, to.start, to.due);
    if (!first || !second) continue;
    const x1 = trackLeft + xOfDay(geometry, first.last + 1);
    const x2 = trackLeft + xOfDay(geometry, second.first);
    const conflict = dateConflicts(relation, from, to).length > 0;
    const words =
      relation.kind === 'parent'
        ? `“${from.title}” is the parent of “${to.title}”`
        : `“${from.title}” is followed by “${to.title}”`;
    connectors.push({
      id: relation.id,
      d: pathBetween(x1, y1, x2, y2, rowPx),
      name: conflict ? `${words}, dates conflict` : words,
      conflict,
    });
  }
  return connectors;
}

/**
 * Right-angled line from (x1, y1) to (x2, y2). With room between the bars it turns once, halfway; when
 * the second bar starts before the first one ends it leaves to the right, runs back along the border
 * between the rows and enters the second bar from the left, so it never crosses a bar's title.
 */
export function pathBetween(x1: number, y1: number, x2: number, y2: number, rowPx: number): string {
  if (x2 - x1 >= 2 * STUB_PX) {
    const middle = x1 + Math.round((x2 - x1) / 2);
    return `M${x1} ${y1}H${middle}V${y2}H${x2}`;
  }
  const border = y1 + (y2 > y1 ? rowPx / 2 : -rowPx / 2);
  return `M${x1} ${y1}H${x1 + STUB_PX}V${border}H${x2 - STUB_PX}V${y2}H${x2}`;
}
