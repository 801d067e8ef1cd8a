// Writes made while a space still shows its snapshot: those without a result wait and run in order once
// the document is loaded; those that return an id are refused with a sentence the UI shows.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  archiveCard,
  cardsInStatus,
  createCard,
  DomainError,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  readSpace,
} from '../../../src/domain/index.ts';
import { createSpaceLoadStore } from '../../../src/state/spaceStore.ts';
import { bindSpaceActions, SpaceLoadingError } from '../../../src/sync/spaceActions.ts';

const ctx = { actor: 'u1' };

describe('space actions while the space loads', () => {
  it('queues drops and edits and runs them in order once loaded', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const [s1, s2] = orderedStatuses(doc).map((s) => s.id) as [string, string];
    const a = createCard(doc, { statusId: s1, title: 'Pump' }, ctx);
    const b = createCard(doc, { statusId: s1, title: 'Seal' }, ctx);
    let loaded!: () => void;
    const whenLive = new Promise<void>((resolve) => (loaded = resolve));
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive });
    const before = Y.encodeStateVector(doc);

    actions.moveCard({ cardId: a, toStatusId: s2 });
    actions.updateCard({ cardId: b, title: 'Seal, first try' });
    actions.updateCard({ cardId: b, title: 'Seal, second try' });
    actions.moveCard({ cardId: b, toStatusId: s2, afterId: a });
    // Nothing reached the half-loaded document.
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(actions.undo()).toBe(false);

    loaded();
    await whenLive;
    await Promise.resolve();
    expect(readSpace(doc).cards[b]!.title).toBe('Seal, second try');
    expect(cardsInStatus(doc, s2).map((c) => c.id)).toEqual([a, b]);
    // Each queued write is its own undo step, as if made when the user made it.
    expect(actions.undo()).toBe(true);
    expect(cardsInStatus(doc, s2).map((c) => c.id)).toEqual([a]);
    // Once loaded, writes run at once.
    actions.updateCard({ cardId: a, title: 'Pump, replaced' });
    expect(readSpace(doc).cards[a]!.title).toBe('Pump, replaced');
    actions.destroy();
  });

  it('goes live in the same task as the store, so a view rendering the loaded board reads its history', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const [s1, s2] = orderedStatuses(doc).map((s) => s.id) as [string, string];
    const cardId = createCard(doc, { statusId: s1, title: 'Pump' }, ctx);
    const load = createSpaceLoadStore('snapshot');
    // whenLive settles a few promise turns after the swap: too late for a view that renders at once.
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive: new Promise(() => {}), load });
    actions.moveCard({ cardId, toStatusId: s2 });
    expect(actions.spaceHistory()).toEqual([]);

    const seen: number[] = [];
    load.subscribe(() => seen.push(actions.spaceHistory().length));
    load.setState('live', true);
    // The queued move ran, and a reader notified of the swap sees the whole history.
    expect(cardsInStatus(doc, s2).map((c) => c.id)).toEqual([cardId]);
    const types = actions.spaceHistory().map((event) => event.type);
    expect(types).toContain('moved');
    expect(seen).toEqual([types.length]);
    actions.destroy();
  });

  it('tells of others’ moves only once the space is loaded: its loading is no one’s move', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const [s1, s2] = orderedStatuses(doc).map((s) => s.id) as [string, string];
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const load = createSpaceLoadStore('snapshot');
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive: new Promise(() => {}), load });
    const noticed: string[][] = [];
    actions.onOthersCardMoves((cardIds) => noticed.push(cardIds));
    const fromPeer = (edit: () => void) => {
      const before = Y.encodeStateVector(peer);
      edit();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote');
    };
    let cardId = '';
    fromPeer(
      () => (cardId = createCard(peer, { statusId: s1, title: 'Arrives while loading' }, { actor: 'u2' })),
    );
    expect(noticed).toEqual([]);
    load.setState('live', true);
    fromPeer(() => moveCard(peer, { cardId, toStatusId: s2 }, { actor: 'u2' }));
    expect(noticed).toEqual([[cardId]]);
    actions.destroy();
  });

  it('refuses writes that return an id until loaded, with a sentence to show', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const statusId = orderedStatuses(doc)[0]!.id;
    let loaded!: () => void;
    const whenLive = new Promise<void>((resolve) => (loaded = resolve));
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive });
    expect(() => actions.createCard({ statusId, title: 'Too early' })).toThrow(SpaceLoadingError);
    expect(() => actions.createLabel({ name: 'Urgent', color: '#cc0000' })).toThrow(
      'The space is still loading. Try again in a moment.',
    );
    expect(Object.keys(readSpace(doc).cards)).toEqual([]);

    loaded();
    await whenLive;
    await Promise.resolve();
    const id = actions.createCard({ statusId, title: 'In time' });
    expect(readSpace(doc).cards[id]!.title).toBe('In time');
    actions.destroy();
  });

  it('runs what was queued even when the view closed before the space loaded, holding it open till then', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const statusId = orderedStatuses(doc)[0]!.id;
    const card = createCard(doc, { statusId, title: 'Pump' }, ctx);
    let loaded!: () => void;
    const whenLive = new Promise<void>((resolve) => (loaded = resolve));
    let holds = 0;
    let released = 0;
    const hold = () => {
      holds += 1;
      return () => (released += 1);
    };
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive, hold });
    actions.updateCard({ cardId: card, title: 'Pump, replaced' });
    actions.moveCard({ cardId: card, toStatusId: orderedStatuses(doc)[1]!.id });
    actions.destroy();
    // One hold for everything queued, kept past the view's end.
    expect([holds, released]).toEqual([1, 0]);

    loaded();
    await whenLive;
    await Promise.resolve();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Pump, replaced' });
    expect(cardsInStatus(doc, statusId)).toEqual([]);
    expect([holds, released]).toEqual([1, 1]);
  });

  it('lets go of a document closed before it loaded, writing nothing to it', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const card = createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'Pump' }, ctx);
    let failed!: () => void;
    const whenLive = new Promise<void>((_, reject) => (failed = () => reject(new Error('refused'))));
    let released = 0;
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive, hold: () => () => (released += 1) });
    actions.updateCard({ cardId: card, title: 'Never applied' });
    actions.destroy();
    doc.destroy();
    failed();
    await whenLive.catch(() => undefined);
    await Promise.resolve();
    expect(released).toBe(1);
    expect(readSpace(doc).cards[card]!.title).toBe('Pump');
  });
});

describe('a queued write the loaded document refuses', () => {
  it('is reported with its error, and the writes queued after it still run', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const [s1, s2] = orderedStatuses(doc).map((s) => s.id) as [string, string];
    const pump = createCard(doc, { statusId: s1, title: 'Pump' }, ctx);
    const seal = createCard(doc, { statusId: s1, title: 'Seal' }, ctx);
    let loaded!: () => void;
    const whenLive = new Promise<void>((resolve) => (loaded = resolve));
    const refused: unknown[] = [];
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive, onRefused: (error) => refused.push(error) });

    actions.moveCard({ cardId: pump, toStatusId: s2 });
    actions.updateCard({ cardId: seal, title: 'Seal, replaced' });
    // Meanwhile, elsewhere: a colleague archived the pump card.
    archiveCard(doc, { cardId: pump, archived: true }, { actor: 'u2' });
    loaded();
    await whenLive;
    await Promise.resolve();

    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(DomainError);
    expect((refused[0] as DomainError).code).toBe('card_archived');
    expect(readSpace(doc).cards[pump]!.pos.statusId).toBe(s1);
    expect(readSpace(doc).cards[seal]!.title).toBe('Seal, replaced');
    actions.destroy();
  });
});
