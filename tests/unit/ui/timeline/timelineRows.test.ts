import { describe, expect, it } from 'vitest';
import { timelineRows, type GroupBy } from '../../../../src/ui/views/timeline/timelineRows.ts';
import { card, DAY, NOW, spaceStore, status } from '../board/fixtures.ts';

const intake = status('s1', 'Intake', 'not_started', 'a0');
const repair = status('s2', 'Repair', 'in_progress', 'a1');
const old = { ...status('s3', 'Old', 'information', 'a2'), archived: true };
const dated = { start: NOW, due: NOW + DAY };

function rowsOf(groupBy: GroupBy) {
  const store = spaceStore(
    [repair, intake, old],
    [
      card('c1', 'Pump seal', 's1', 'a1', { ...dated, responsible: 'u2' }),
      card('c2', 'Drill', 's1', 'a0', { due: NOW, responsible: 'u1' }),
      card('c3', 'Refund', 's1', 'a2'),
      card('c4', 'Archived', 's1', 'a3', { ...dated, archived: true }),
      card('c5', 'Replacement', 's2', 'a0', { start: NOW }),
      card('c6', 'In an archived status', 's3', 'a0', dated),
      card('c7', 'Hinge', 's2', 'a1', { ...dated, responsible: 'u1' }),
    ],
  );
  const { statuses, columns, cards } = store.getState();
  const names: Record<string, string> = { u1: 'Zoe', u2: 'Ann' };
  return timelineRows({ statuses, columns, cards, groupBy, nameOf: (id) => names[id] ?? id });
}

const shape = (result: ReturnType<typeof rowsOf>) =>
  result.rows.map((row) => (row.kind === 'group' ? `${row.label} (${row.count})` : row.cardId));

describe('timeline rows', () => {
  it('groups dated cards by status in board order and lists undated ones apart', () => {
    const result = rowsOf('status');
    expect(shape(result)).toEqual(['Intake (2)', 'c2', 'c1', 'Repair (2)', 'c5', 'c7']);
    expect(result.undated).toEqual(['c3']);
  });

  it('groups by responsible person by name, with the cards nobody is responsible for last', () => {
    expect(shape(rowsOf('responsible'))).toEqual([
      'Ann (1)',
      'c1',
      'Zoe (2)',
      'c2',
      'c7',
      'No one responsible (1)',
      'c5',
    ]);
  });

  it('gives every row a distinct key', () => {
    for (const groupBy of ['status', 'responsible'] as const) {
      const keys = rowsOf(groupBy).rows.map((row) => row.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
