// The end of an open space's history stays marked for appends: after the load and after each colleague's
// change, in an idle period, so that a user's next change does not walk the whole history first.
// Asserted on Yjs's own search markers (`_searchMarker`), which are what an append starts from.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, moveCard, orderedStatuses, spaceMaps } from '../../../src/domain/index.ts';
import { keepHistoryEndMarked } from '../../../src/sync/historyEnd.ts';

const mine = { actor: 'u1' };
const theirs = { actor: 'u2' };

/** Where Yjs's markers point in the history array (indexes), in no particular order. */
function markers(doc: Y.Doc): number[] {
  const history = spaceMaps(doc).history as unknown as { _searchMarker: { index: number }[] | null };
  return (history._searchMarker ?? []).map((marker) => marker.index);
}

/** A space with `cards` cards made by a colleague, loaded here from their replica as from the server. */
function loadedSpace(cards: number) {
  const there = new Y.Doc();
  initSpaceDoc(there, { id: 'space1' }, theirs);
  const statuses = orderedStatuses(there).map((status) => status.id);
  for (let i = 0; i < cards; i++) createCard(there, { statusId: statuses[0]!, title: `Card ${i}` }, theirs);
  const here = new Y.Doc();
  Y.applyUpdate(here, Y.encodeStateAsUpdate(there), 'server');
  const fromThere = (edit: () => void) => {
    const before = Y.encodeStateVector(there);
    edit();
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there, before), 'server');
  };
  return { here, there, statuses, fromThere };
}

/** An idle period the test hands out: `next()` ends the oldest wait. */
function idlePeriods() {
  const waiting: (() => void)[] = [];
  return {
    idle: () => new Promise<void>((resolve) => waiting.push(resolve)),
    waiting: () => waiting.length,
    async next() {
      waiting.shift()?.();
      await Promise.resolve();
    },
  };
}

describe('the end of a space’s history kept marked', () => {
  it('marks the end once loaded and again after a colleague’s change, each time in an idle period', async () => {
    const { here, statuses, fromThere, there } = loadedSpace(30);
    const length = () => spaceMaps(here).history.length;
    // Loaded from someone else's update: Yjs has no marker at all.
    expect(markers(here)).toEqual([]);
    const periods = idlePeriods();
    let loaded!: () => void;
    keepHistoryEndMarked(here, new Promise<void>((resolve) => (loaded = resolve)), periods.idle);
    loaded();
    await Promise.resolve();
    expect(markers(here)).toEqual([]);
    await periods.next();
    expect(markers(here)).toContain(length() - 1);

    // A colleague's move drops every marker; the next idle period puts one at the new end.
    const card = spaceMaps(there).cards.keys().next().value as string;
    fromThere(() => moveCard(there, { cardId: card, toStatusId: statuses[1]! }, theirs));
    expect(markers(here)).toEqual([]);
    expect(periods.waiting()).toBe(1);
    await periods.next();
    expect(markers(here)).toContain(length() - 1);

    // Several changes before the page is idle: one walk for all of them.
    fromThere(() => moveCard(there, { cardId: card, toStatusId: statuses[2]! }, theirs));
    fromThere(() => moveCard(there, { cardId: card, toStatusId: statuses[0]! }, theirs));
    expect(periods.waiting()).toBe(1);
    await periods.next();
    expect(markers(here)).toContain(length() - 1);
  });

  it('leaves one’s own changes to Yjs, and stops with the space', async () => {
    const { here, statuses, fromThere, there } = loadedSpace(5);
    const periods = idlePeriods();
    const stop = keepHistoryEndMarked(here, Promise.resolve(), periods.idle);
    await Promise.resolve();
    await periods.next();

    // Yjs moves its markers along with one's own appends: nothing to do.
    createCard(here, { statusId: statuses[0]!, title: 'Mine' }, mine);
    expect(periods.waiting()).toBe(0);
    // (at the tuple before the new one: the append starts from it)
    expect(markers(here)).toContain(spaceMaps(here).history.length - 2);

    stop();
    fromThere(() => createCard(there, { statusId: statuses[0]!, title: 'Theirs' }, theirs));
    expect(periods.waiting()).toBe(0);
    expect(markers(here)).toEqual([]);
  });

  it('leaves quietly a space closed before it loaded', async () => {
    const { here } = loadedSpace(2);
    const periods = idlePeriods();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stop = keepHistoryEndMarked(here, new Promise<void>(() => {}), periods.idle);
    stop();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(periods.waiting()).toBe(0);
  });
});
