// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/analytics/calendar.ts';
import type { Relation } from '../../../../src/domain/index.ts';
import { pathBetween, timelineConnectors } from '../../../../src/ui/views/timeline/connectors';
import { makeScale } from '../../../../src/ui/views/timeline/scale';
import { TimelineConnectors } from '../../../../src/ui/views/timeline/TimelineConnectors';
import type { TimelineGeometry } from '../../../../src/ui/views/timeline/timelineContext';
import { card } from '../board/fixtures.ts';

const scale = makeScale('Europe/Berlin')!;
const day = dayNumber('2026-03-27')!;
const geometry: TimelineGeometry = { scale, zoom: 'day', originDay: day, dayPx: 40 };
/** Cards on days [0, 1], [4, 5], [1, 2] and [3, 3] of the axis. */
const dated = (id: string, title: string, first: number, last: number) =>
  card(id, title, 's1', 'a0', { start: scale.dayStart(day + first), due: scale.dayEnd(day + last) });
const cards = {
  order: dated('order', 'Order seal', 0, 1),
  fit: dated('fit', 'Fit seal', 4, 5),
  test: dated('test', 'Test run', 1, 2),
  far: dated('far', 'Far away', 3, 3),
};
const relation = (kind: Relation['kind'], from: string, to: string): Relation => ({
  id: kind === 'parent' ? `parent:${to}` : `next:${from}:${to}`,
  kind,
  from,
  to,
  createdAt: 0,
  createdBy: 'u1',
  removed: false,
});

describe('timeline connectors', () => {
  afterEach(cleanup);

  it('runs from the end of the first bar to the start of the second, for rows drawn now', () => {
    const connectors = timelineConnectors({
      relations: [
        relation('next', 'order', 'fit'),
        relation('parent', 'fit', 'test'),
        relation('next', 'test', 'far'),
      ],
      cards,
      // "far" has no row drawn (scrolled away): its relation is not drawn.
      rowCentres: new Map([
        ['order', 16],
        ['fit', 48],
        ['test', 80],
      ]),
      geometry,
      trackLeft: 200,
      rowPx: 32,
    });
    expect(connectors).toEqual([
      // Order seal ends at day 2 (x 200 + 80), Fit seal starts at day 4 (x 200 + 160).
      {
        id: 'next:order:fit',
        d: 'M280 16H320V48H360',
        name: '“Order seal” is followed by “Fit seal”',
        conflict: false,
      },
      {
        id: 'parent:test',
        d: pathBetween(440, 48, 240, 80, 32),
        name: '“Fit seal” is the parent of “Test run”, dates conflict',
        conflict: true,
      },
    ]);
    // The child starts before its parent ends: the line turns back along the border between the rows.
    expect(connectors[1]!.d).toBe('M440 48H448V64H232V80H240');
  });

  it('draws each connector as an image named by what it shows', () => {
    const connectors = timelineConnectors({
      relations: [relation('next', 'order', 'fit')],
      cards,
      rowCentres: new Map([
        ['order', 16],
        ['fit', 48],
      ]),
      geometry,
      trackLeft: 200,
      rowPx: 32,
    });
    render(<TimelineConnectors connectors={connectors} width={600} height={64} />);
    const line = screen.getByRole('img', { name: '“Order seal” is followed by “Fit seal”' });
    expect(line.getAttribute('d')).toBe('M280 16H320V48H360');
    expect(line.getAttribute('marker-end')).toMatch(/^url\(#timeline-arrow[\w-]+\)$/);
    cleanup();
    render(<TimelineConnectors connectors={[]} width={600} height={64} />);
    expect(screen.queryByRole('group', { name: 'Relations' })).toBeNull();
  });
});
