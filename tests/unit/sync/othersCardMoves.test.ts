// The cards someone else just added or moved, as their updates arrive: what the board lights up briefly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createCard,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  updateCard,
} from '../../../src/domain/index.ts';
import { MOST_CARDS_NOTICED, watchOthersCardMoves } from '../../../src/sync/othersCardMoves.ts';

const mine = { actor: 'u1' };
const theirs = { actor: 'u2' };

/** Two replicas of one space, the colleague's a copy of mine. */
function twoReplicas() {
  const here = new Y.Doc();
  initSpaceDoc(here, { id: 'space1' }, mine);
  const there = new Y.Doc();
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  const statuses = orderedStatuses(here).map((status) => status.id);
  /** Runs `edit` on the colleague's replica and delivers what it changed here, as the server would. */
  const fromThere = (edit: () => void) => {
    const before = Y.encodeStateVector(there);
    edit();
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there, before), 'server');
  };
  return { here, there, statuses, fromThere };
}

describe('cards others added or moved', () => {
  it('names the cards a colleague creates or moves, and none of one’s own changes', () => {
    const { here, there, statuses, fromThere } = twoReplicas();
    const noticed: string[][] = [];
    watchOthersCardMoves(here, (cardIds) => noticed.push(cardIds));

    // One's own card and move: nothing.
    const own = createCard(here, { statusId: statuses[0]!, title: 'Own card' }, mine);
    moveCard(here, { cardId: own, toStatusId: statuses[1]! }, mine);
    expect(noticed).toEqual([]);
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));

    let added = '';
    fromThere(() => (added = createCard(there, { statusId: statuses[0]!, title: 'Their card' }, theirs)));
    fromThere(() => moveCard(there, { cardId: own, toStatusId: statuses[2]! }, theirs));
    // A move within a column is a move too.
    let second = '';
    fromThere(() => (second = createCard(there, { statusId: statuses[0]!, title: 'Second' }, theirs)));
    fromThere(() => moveCard(there, { cardId: second, toStatusId: statuses[0]!, beforeId: added }, theirs));
    // A colleague's other edits are not moves.
    fromThere(() => updateCard(there, { cardId: own, title: 'Renamed by them' }, theirs));
    // A card made with long notes is lit too: the characters of its notes are no catch-up.
    let noted = '';
    fromThere(() => {
      const notes = 'Serial 4711. '.repeat(40);
      noted = createCard(there, { statusId: statuses[0]!, title: 'Long notes', notes }, theirs);
    });
    expect(noticed).toEqual([[added], [own], [second], [second], [noted]]);
  });

  it('names nothing of a catch-up that brings many changes at once', () => {
    const { here, there, statuses } = twoReplicas();
    const noticed: string[][] = [];
    const stop = watchOthersCardMoves(here, (cardIds) => noticed.push(cardIds));
    const before = Y.encodeStateVector(there);
    // A colleague's offline morning: more cards than anyone follows at a glance, arriving in one update.
    for (let i = 0; i <= MOST_CARDS_NOTICED; i++) {
      createCard(there, { statusId: statuses[0]!, title: `Offline ${i}` }, theirs);
    }
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there, before), 'server');
    expect(noticed).toEqual([]);

    // Stopped: a later move is not reported.
    stop();
    const later = Y.encodeStateVector(there);
    createCard(there, { statusId: statuses[0]!, title: 'After stop' }, theirs);
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there, later), 'server');
    expect(noticed).toEqual([]);
  });
});
