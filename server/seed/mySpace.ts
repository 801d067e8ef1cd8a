/**
 * Fills each seeded person's MySpace with mirrors of the open cards that concern them: the cases they are
 * responsible for in the first section ("My cards"), the ones they help on in "Helping out". Written
 * through the domain operations on the user document as stored, so an existing account keeps its own
 * sections and mirrors.
 */
import type * as Y from 'yjs';
import {
  addMirror,
  createSection,
  DEFAULT_SECTION_NAME,
  initUserDoc,
  orderedSections,
  readCard,
  readStatus,
  spaceMaps,
  userMaps,
  type OpContext,
} from '../../src/domain/index.ts';
import type { SeedDocs } from './seedDocs.ts';

/** An open card that concerns one person. */
export interface CardOfInterest {
  spaceId: string;
  cardId: string;
  /** Epoch ms the card was created, newest mirrored first. */
  createdAt: number;
}

export interface Interests {
  responsible: CardOfInterest[];
  coworker: CardOfInterest[];
}

const HELPING_SECTION = 'Helping out';
/** MySpace shows a person's current work, not every case they ever touched. */
const MAX_MIRRORS = { responsible: 12, coworker: 6 };

/** Adds, per user id, the open (unarchived, not completed or cancelled) cards of `doc` that concern them. */
export function collectInterests(doc: Y.Doc, spaceId: string, into: Map<string, Interests>): void {
  const { statuses, cards } = spaceMaps(doc);
  const finished = new Set<string>();
  for (const [id, record] of statuses.entries()) {
    const role = readStatus(record, id).role;
    if (role === 'completed' || role === 'cancelled' || role === 'information') finished.add(id);
  }
  const entry = (userId: string) => {
    let interests = into.get(userId);
    if (!interests) into.set(userId, (interests = { responsible: [], coworker: [] }));
    return interests;
  };
  for (const [cardId, record] of cards.entries()) {
    const card = readCard(record, cardId);
    if (card.archived || finished.has(card.pos.statusId)) continue;
    const interest = { spaceId, cardId, createdAt: card.createdAt };
    if (card.responsible) entry(card.responsible).responsible.push(interest);
    for (const userId of card.coworkers) entry(userId).coworker.push(interest);
  }
}

/**
 * Initialises `user/<userId>` if needed and mirrors the user's cards into it, with `at` (epoch ms) as the
 * time they were added. Returns the number of mirrors added.
 */
export async function seedMySpace(
  docs: SeedDocs,
  userId: string,
  interests: Interests,
  at: number,
): Promise<number> {
  let added = 0;
  await docs.edit(`user/${userId}`, (doc) => {
    added = mirrorInterests(doc, userId, interests, at);
  });
  return added;
}

function mirrorInterests(doc: Y.Doc, userId: string, interests: Interests, at: number): number {
  const ctx: OpContext = { actor: userId, now: () => at };
  initUserDoc(doc, { id: userId }, ctx);

  const sections = orderedSections(doc);
  const inbox = sections.find((s) => s.name === DEFAULT_SECTION_NAME)?.id ?? sections[0]?.id;
  let helping = sections.find((s) => s.name === HELPING_SECTION)?.id;
  const mirrored = new Set<string>();
  for (const mirror of userMaps(doc).mirrors.values()) {
    mirrored.add(`${String(mirror.get('spaceId'))}/${String(mirror.get('cardId'))}`);
  }
  const newest = (list: CardOfInterest[], max: number) =>
    [...list]
      .sort((a, b) => b.createdAt - a.createdAt)
      .filter((card) => !mirrored.has(`${card.spaceId}/${card.cardId}`))
      .slice(0, max);

  let added = 0;
  const addOne = (card: CardOfInterest, sectionId: string) => {
    addMirror(doc, { spaceId: card.spaceId, cardId: card.cardId, sectionId }, ctx);
    mirrored.add(`${card.spaceId}/${card.cardId}`);
    added++;
  };
  if (inbox) for (const card of newest(interests.responsible, MAX_MIRRORS.responsible)) addOne(card, inbox);
  const helpingCards = newest(interests.coworker, MAX_MIRRORS.coworker);
  if (helpingCards.length > 0) {
    helping ??= createSection(doc, { name: HELPING_SECTION }, ctx);
    for (const card of helpingCards) addOne(card, helping);
  }
  return added;
}
