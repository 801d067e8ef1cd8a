import { describe, expect, it } from 'vitest';
import { spaceCalendarItems } from '../../../../src/ui/views/calendar/spaceItems';
import { card, DAY, NOW, status } from '../board/fixtures';

const statuses = {
  s1: status('s1', 'Intake', 'not_started', 'a0'),
  s2: status('s2', 'Repair', 'in_progress', 'a1'),
  s3: status('s3', 'Shipped', 'completed', 'a2'),
  s4: { ...status('s4', 'Old', 'in_progress', 'a3'), archived: true },
};

describe('a space’s cards as calendar entries', () => {
  it('puts each dated card on its due date, else on its start, with its status and lateness', () => {
    const cards = {
      due: card('due', 'Replace pump seal', 's2', 'a0', { start: NOW - 3 * DAY, due: NOW + DAY }),
      start: card('start', 'Inspect drill', 's1', 'a1', { start: NOW + 2 * DAY }),
      lateDue: card('lateDue', 'Refund 1042', 's2', 'a2', { due: NOW - DAY }),
      lateStart: card('lateStart', 'Visit Meyer', 's1', 'a3', { start: NOW - DAY, due: NOW + 5 * DAY }),
      done: card('done', 'Ship part', 's3', 'a0', { due: NOW - DAY }),
      undated: card('undated', 'No dates', 's1', 'a4'),
      archived: card('archived', 'Archived', 's1', 'a5', { due: NOW, archived: true }),
      hidden: card('hidden', 'In archived status', 's4', 'a0', { due: NOW }),
    };
    const items = spaceCalendarItems(cards, statuses, NOW);
    expect(Object.fromEntries(items.map((item) => [item.id, item]))).toEqual({
      due: {
        id: 'due',
        title: 'Replace pump seal',
        date: NOW + DAY,
        kind: 'due',
        detail: 'Repair',
        tone: undefined,
      },
      start: {
        id: 'start',
        title: 'Inspect drill',
        date: NOW + 2 * DAY,
        kind: 'start',
        detail: 'Intake',
        tone: undefined,
      },
      lateDue: {
        id: 'lateDue',
        title: 'Refund 1042',
        date: NOW - DAY,
        kind: 'due',
        detail: 'Repair',
        tone: 'late',
      },
      lateStart: {
        id: 'lateStart',
        title: 'Visit Meyer',
        date: NOW + 5 * DAY,
        kind: 'due',
        detail: 'Intake',
        // Late by its start, its due date still to come: not the red of a missed due date.
        tone: 'late-start',
      },
      done: { id: 'done', title: 'Ship part', date: NOW - DAY, kind: 'due', detail: 'Shipped', tone: 'done' },
    });
  });
});
