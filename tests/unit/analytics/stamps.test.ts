import { describe, expect, it } from 'vitest';
import { computeFlow, type CardFlow } from '../../../src/analytics/index.ts';
import { board, t } from './helpers.ts';

const asOf = t('2026-03-10T12:00Z');
const flow = (paths: Parameters<typeof board>[0], archived: string[] = [], timeZone = 'UTC') =>
  computeFlow(board(paths, archived), { asOf, timeZone });
const card = (report: ReturnType<typeof computeFlow>, id: string): CardFlow => {
  const found = report.cards.find((c) => c.id === id);
  if (!found) throw new Error(`card ${id} not counted`);
  return found;
};

describe('stamps C, S, D', () => {
  it('measures lead, reaction and cycle in fractional and whole days, counting a backward move', () => {
    const report = flow({
      a: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['review', '2026-03-04T09:00Z'],
        ['doing', '2026-03-04T15:00Z'],
        ['done', '2026-03-06T09:00Z'],
      ],
    });
    const a = card(report, 'a');
    expect([a.created, a.started, a.done]).toEqual([
      t('2026-03-02T09:00Z'),
      t('2026-03-03T09:00Z'),
      t('2026-03-06T09:00Z'),
    ]);
    expect(a.lead).toEqual({ days: 4, wholeDays: 5 });
    expect(a.reaction).toEqual({ days: 1, wholeDays: 2 });
    expect(a.cycle).toEqual({ days: 3, wholeDays: 4 });
    expect(a.backwardMoves).toBe(1);
    // Sum of visits; the current one (done) runs to as-of.
    expect(a.timeInStatus).toEqual({ backlog: 1, doing: 2.75, review: 0.25, done: 4.125 });
    expect(report.backwardMoves).toEqual({ total: 1, cards: 1 });
  });

  it('re-stamps S when a card goes back to Not started, and ages it from the new start', () => {
    const b = card(
      flow({
        b: [
          ['backlog', '2026-03-02T09:00Z'],
          ['doing', '2026-03-03T09:00Z'],
          ['backlog', '2026-03-04T09:00Z'],
          ['doing', '2026-03-05T09:00Z'],
        ],
      }),
      'b',
    );
    expect(b.started).toBe(t('2026-03-05T09:00Z'));
    expect(b.phase).toBe('in_progress');
    expect(b.age).toEqual({ days: 5.125, wholeDays: 6 });
    expect(b.backwardMoves).toBe(1);
  });

  it('a card sent back to Not started is no longer in progress', () => {
    const report = flow({
      b: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['backlog', '2026-03-04T09:00Z'],
      ],
    });
    expect(card(report, 'b')).toMatchObject({
      started: null,
      phase: 'not_started',
      age: null,
      reaction: null,
    });
    expect(report.age.count).toBe(0);
  });

  it('marks a card that goes straight to Completed as skipped, with S = D', () => {
    const report = flow({
      c: [
        ['backlog', '2026-03-02T09:00Z'],
        ['done', '2026-03-04T09:00Z'],
      ],
    });
    const c = card(report, 'c');
    expect(c.skipped).toBe(true);
    expect(c.started).toBe(c.done);
    expect(c.reaction).toEqual({ days: 2, wholeDays: 3 });
    expect(c.cycle).toEqual({ days: 0, wholeDays: 1 });
    expect(report.skipped).toBe(1);
  });

  it('a reopened card loses D until it completes again', () => {
    const report = flow({
      again: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['done', '2026-03-04T09:00Z'],
        ['review', '2026-03-05T09:00Z'],
        ['done', '2026-03-06T09:00Z'],
      ],
      open: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['done', '2026-03-04T09:00Z'],
        ['doing', '2026-03-05T09:00Z'],
      ],
    });
    const again = card(report, 'again');
    expect(again.done).toBe(t('2026-03-06T09:00Z'));
    expect(again.started).toBe(t('2026-03-03T09:00Z'));
    expect(again.backwardMoves).toBe(1);
    const open = card(report, 'open');
    expect(open).toMatchObject({ done: null, lead: null, cycle: null, phase: 'in_progress' });
    expect(open.age?.wholeDays).toBe(8);
    expect(report.remaining).toBe(1);
  });

  it('a skipped card that is reopened starts afresh', () => {
    const j = card(
      flow({
        j: [
          ['backlog', '2026-03-02T09:00Z'],
          ['done', '2026-03-03T09:00Z'],
          ['doing', '2026-03-04T09:00Z'],
        ],
      }),
      'j',
    );
    expect(j).toMatchObject({ skipped: false, started: t('2026-03-04T09:00Z'), done: null });
  });

  it('keeps D when moving between two Completed statuses', () => {
    const k = card(
      flow({
        k: [
          ['doing', '2026-03-02T09:00Z'],
          ['done', '2026-03-04T09:00Z'],
          ['shipped', '2026-03-05T09:00Z'],
        ],
      }),
      'k',
    );
    expect(k.done).toBe(t('2026-03-04T09:00Z'));
    // Created straight into In progress: started on creation.
    expect(k.started).toBe(k.created);
    expect(k.reaction).toEqual({ days: 0, wholeDays: 1 });
  });

  it('treats Information as a side move that starts nothing and is never backward', () => {
    const m = card(
      flow({
        m: [
          ['backlog', '2026-03-02T09:00Z'],
          ['info', '2026-03-03T09:00Z'],
          ['doing', '2026-03-04T09:00Z'],
          ['info', '2026-03-05T09:00Z'],
        ],
      }),
      'm',
    );
    expect(m).toMatchObject({ started: t('2026-03-04T09:00Z'), phase: 'in_progress', backwardMoves: 0 });
  });

  it('counts backward moves by role when no board order is given', () => {
    const input = board({
      a: [
        ['doing', '2026-03-02T09:00Z'],
        ['review', '2026-03-03T09:00Z'],
        ['doing', '2026-03-04T09:00Z'],
        ['backlog', '2026-03-05T09:00Z'],
      ],
    });
    delete input.statusOrder;
    // review → doing stays within In progress; doing → backlog goes down a role.
    expect(computeFlow(input, { asOf }).cards[0]!.backwardMoves).toBe(1);
  });
});

describe('cards reported apart', () => {
  const report = flow(
    {
      dropped: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
        ['cancelled', '2026-03-04T09:00Z'],
      ],
      revived: [
        ['backlog', '2026-03-02T09:00Z'],
        ['cancelled', '2026-03-03T09:00Z'],
        ['doing', '2026-03-04T09:00Z'],
      ],
      shelved: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-03T09:00Z'],
      ],
      finished: [
        ['doing', '2026-03-02T09:00Z'],
        ['done', '2026-03-03T09:00Z'],
      ],
    },
    ['shelved', 'finished'],
  );

  it('leaves a card whose last status is Cancelled out of times and throughput', () => {
    expect(report.apart.cancelled).toEqual(['dropped']);
    expect(report.cards.map((c) => c.id)).toEqual(['revived', 'finished']);
    expect(report.cycle.count).toBe(1);
    expect(report.throughput.daily.reduce((n, d) => n + d.count, 0)).toBe(1);
    expect(report.wip.at(-1)?.count).toBe(1); // revived only
  });

  it('reports archived unfinished cards apart, and counts archived done cards as done', () => {
    expect(report.apart.archivedUnfinished).toEqual(['shelved']);
    expect(card(report, 'finished').archived).toBe(true);
    expect(report.lead.count).toBe(1);
  });
});

describe('window and time zone', () => {
  it('buckets whole days in the space time zone', () => {
    const paths = {
      late: [
        ['doing', '2026-03-02T08:00Z'],
        ['done', '2026-03-02T23:30Z'],
      ] as [string, string][],
    };
    expect(card(flow(paths), 'late').cycle?.wholeDays).toBe(1);
    // In Berlin the card finished after midnight, on the next day.
    const berlin = flow(paths, [], 'Europe/Berlin');
    expect(card(berlin, 'late').cycle?.wholeDays).toBe(2);
    expect(berlin.throughput.daily.find((d) => d.count > 0)?.date).toBe('2026-03-03');
  });

  it('counts lead and cycle for cards done in the window, reaction for cards started in it', () => {
    const input = board({
      early: [
        ['doing', '2026-03-01T09:00Z'],
        ['done', '2026-03-02T09:00Z'],
      ],
      inside: [
        ['backlog', '2026-03-02T09:00Z'],
        ['doing', '2026-03-04T09:00Z'],
        ['done', '2026-03-05T09:00Z'],
      ],
    });
    const report = computeFlow(input, { asOf, from: '2026-03-03', to: '2026-03-09' });
    expect(report.lead.count).toBe(1);
    expect(report.lead.wholeDays[50]).toBe(4);
    expect(report.reaction.count).toBe(1);
    expect(report.throughput.daily).toHaveLength(7);
  });

  it('reports bad references instead of failing', () => {
    const input = board({ a: [['doing', '2026-03-02T09:00Z']] });
    input.changes = [
      ...input.changes,
      { cardId: 'ghost', at: t('2026-03-03T09:00Z'), toStatusId: 'done' },
      { cardId: 'a', at: t('2026-03-03T09:00Z'), toStatusId: 'nowhere' },
      { cardId: 'a', at: t('2026-03-01T09:00Z'), toStatusId: 'backlog' },
    ];
    const report = computeFlow(input, { asOf });
    expect(report.issues).toHaveLength(3);
    // The early change is moved to the creation instant and, listed last, is applied last there.
    expect(report.cards[0]!.statusId).toBe('backlog');
    expect('visits' in report.cards[0]!).toBe(false);
  });
});
