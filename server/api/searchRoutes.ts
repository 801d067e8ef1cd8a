/**
 * `GET /api/cards/search?q=…&exclude=<spaceId>`: cards of every space of the reader's own workspaces (the
 * ones they joined, see `isJoined`; archived workspaces and spaces left out, and `exclude`, the space the
 * palette searches itself) whose title holds every word of `q`, for the command palette's "go to a card
 * anywhere". Answered from the card summaries the server keeps, so no space is opened to search it (a
 * space never summarised is, once).
 */
import { z } from 'zod';
import { isJoined } from '../access.ts';
import { describeIssue, HttpError, readQuery, sendJson } from '../http/json.ts';
import { spaceListings } from '../projections/spaceListings.ts';
import type { CardTitle } from '../storage/types.ts';
import { foldForSearch, searchWords, titleRank, TITLE_ORDER } from '../../src/domain/index.ts';

import { requireUser, type ApiRequest } from './context.ts';

/** Most cards one search answers. */
export const MAX_SEARCH_LIMIT = 50;
const DEFAULT_LIMIT = 20;

const querySchema = z
  .object({
    q: z
      .string({ error: () => 'Say what to search for.' })
      .trim()
      .min(1, 'Say what to search for.')
      .max(200, 'At most 200 characters can be searched for.'),
    exclude: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'The space to leave out must be an id.')
      .optional(),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, 'The limit must be a whole number.')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, 'The limit must be at least 1.')
          .max(MAX_SEARCH_LIMIT, `The limit must be at most ${MAX_SEARCH_LIMIT}.`),
      )
      .optional(),
  })
  .strict();

export async function searchCards(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const parsed = querySchema.safeParse(readQuery(r.req.url));
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const words = searchWords(parsed.data.q);
  const limit = parsed.data.limit ?? DEFAULT_LIMIT;

  const workspaces = (await r.ctx.storage.listVisibleWorkspaces(user.id)).filter(
    (workspace) => isJoined(workspace) && workspace.archivedAt == null,
  );
  const workspaceIds = workspaces.map((workspace) => workspace.id);
  await r.ctx.summaries.ensureSummarised(await r.ctx.storage.spaceIdsOf(workspaceIds));
  // Every match, ranked here: the best ones are shown whatever order the database read them in.
  const found = await r.ctx.storage.searchCards({ workspaceIds, words, excludeSpaceId: parsed.data.exclude });
  const listings = await spaceListings(r.ctx.storage, r.ctx.registry, [
    ...new Set(found.map((card) => card.spaceId)),
  ]);
  // Among equal matches the open work comes first: a busy space's finished cases, sharing words with the
  // open ones, filled the answer before any of them.
  const matches = found
    .filter((card) => listings.get(card.spaceId)?.archived === false)
    .map((card) => ({ card, rank: titleRank(foldForSearch(card.title), words) ?? 3 }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(a.card.finished) - Number(b.card.finished) ||
        TITLE_ORDER.compare(a.card.title, b.card.title),
    );
  const shown = matches.slice(0, limit);
  sendJson(r.res, 200, {
    cards: shown.map(({ card }) => hit(card, listings.get(card.spaceId)!.name)),
    more: matches.length - shown.length,
  });
}

function hit(card: CardTitle, spaceName: string) {
  return {
    spaceId: card.spaceId,
    spaceName,
    cardId: card.cardId,
    title: card.title,
    statusName: card.statusName,
  };
}
