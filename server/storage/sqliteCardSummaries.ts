/**
 * The card summary projection's tables in SQLite (migration 4): one summary per card (JSON, as MySpace shows
 * it) and, beside it, who each card concerns (`card_people`: responsible, co-workers, mentioned), so a
 * user's feed finds their cards through an index instead of reading every summary.
 */
import type Database from 'better-sqlite3';
import type { SpaceCardSummary } from '../../src/domain/read/cardSummary.ts';
import { foldForSearch, titleRank } from '../../src/domain/read/titleSearch.ts';
import type { CardConcern, CardSearch, CardSummaryChange, CardTitle } from './types.ts';

/**
 * The most cards holding the query's longest word a title search reads (and ranks): far more than it
 * shows, while a word found in nearly every title of a huge instance stays a bounded read (only the
 * title, column name and ids of each are read).
 */
const SEARCH_CANDIDATES = 20_000;

/** The people a summary concerns, one row per (user, reason). */
function concerns(summary: SpaceCardSummary): Array<{ userId: string; reason: CardConcern['reason'] }> {
  const rows: Array<{ userId: string; reason: CardConcern['reason'] }> = [];
  if (summary.responsible) rows.push({ userId: summary.responsible, reason: 'responsible' });
  for (const userId of summary.coworkers) rows.push({ userId, reason: 'coworker' });
  for (const userId of summary.mentioned) rows.push({ userId, reason: 'mentioned' });
  return rows;
}

export function sqliteCardSummaries(db: Database.Database) {
  const upsert = db.prepare(
    `INSERT INTO card_summaries (space_id, card_id, summary) VALUES (?, ?, ?)
     ON CONFLICT (space_id, card_id) DO UPDATE SET summary = excluded.summary`,
  );
  const remove = db.prepare('DELETE FROM card_summaries WHERE space_id = ? AND card_id = ?');
  const removePeople = db.prepare('DELETE FROM card_people WHERE space_id = ? AND card_id = ?');
  const addPerson = db.prepare(
    'INSERT OR IGNORE INTO card_people (user_id, space_id, card_id, reason) VALUES (?, ?, ?, ?)',
  );
  const ofSpace = db.prepare('SELECT card_id, summary FROM card_summaries WHERE space_id = ?');
  const some = db.prepare(
    `SELECT s.space_id, s.card_id, s.summary FROM card_summaries s
       JOIN json_each(?) k ON s.space_id = json_extract(k.value, '$[0]') AND s.card_id = json_extract(k.value, '$[1]')`,
  );
  // Candidates for a title search: live cards of the given workspaces' spaces (but one, the caller's open
  // space) whose folded title (`foldForSearch`: no case, no accents) holds the query's longest word; the
  // other words are checked on the candidates after.
  db.function('afterboard_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text)));
  const titled = db.prepare(
    `SELECT s.space_id, s.card_id, json_extract(s.summary, '$.title') AS title,
            json_extract(s.summary, '$.statusName') AS status_name,
            json_extract(s.summary, '$.statusRole') AS status_role
       FROM card_summaries s
       JOIN spaces sp ON sp.id = s.space_id
       WHERE sp.workspace_id IN (SELECT value FROM json_each(?))
         AND s.space_id != ?
         AND json_extract(s.summary, '$.archived') = 0
         AND instr(afterboard_fold(json_extract(s.summary, '$.title')), ?) > 0
       LIMIT ?`,
  );
  const ofUser = db.prepare('SELECT space_id, card_id, reason FROM card_people WHERE user_id = ?');
  const mark = db.prepare('INSERT OR IGNORE INTO card_summary_spaces (space_id) VALUES (?)');
  const unmarked = db
    .prepare(
      `SELECT k.value FROM json_each(?) k
         WHERE NOT EXISTS (SELECT 1 FROM card_summary_spaces s WHERE s.space_id = k.value)`,
    )
    .pluck();

  const store = db.transaction((spaceId: string, changes: readonly CardSummaryChange[]) => {
    for (const { cardId, summary } of changes) {
      removePeople.run(spaceId, cardId);
      if (summary === null) {
        remove.run(spaceId, cardId);
        continue;
      }
      upsert.run(spaceId, cardId, JSON.stringify(summary));
      for (const { userId, reason } of concerns(summary)) addPerson.run(userId, spaceId, cardId, reason);
    }
  });

  return {
    storeCardSummaries: (spaceId: string, changes: readonly CardSummaryChange[]): void => {
      if (changes.length > 0) store(spaceId, changes);
    },
    /** Every stored summary of a space as its JSON text, by card id (to compare before writing). */
    spaceCardSummaries: (spaceId: string): Map<string, string> =>
      new Map(
        (ofSpace.all(spaceId) as Array<{ card_id: string; summary: string }>).map((row) => [
          row.card_id,
          row.summary,
        ]),
      ),
    cardSummaries: (keys: ReadonlyArray<{ spaceId: string; cardId: string }>): SpaceCardSummary[] =>
      keys.length === 0
        ? []
        : (
            some.all(JSON.stringify(keys.map((key) => [key.spaceId, key.cardId]))) as Array<{
              summary: string;
            }>
          ).map((row) => JSON.parse(row.summary) as SpaceCardSummary),
    searchCards: ({ workspaceIds, words, excludeSpaceId }: CardSearch): CardTitle[] => {
      if (words.length === 0 || workspaceIds.length === 0) return [];
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const candidates = titled.all(
        JSON.stringify(workspaceIds),
        excludeSpaceId ?? '',
        longest,
        SEARCH_CANDIDATES,
      ) as Array<{
        space_id: string;
        card_id: string;
        title: unknown;
        status_name: unknown;
        status_role: unknown;
      }>;
      const found: CardTitle[] = [];
      for (const row of candidates) {
        if (typeof row.title !== 'string') continue;
        if (titleRank(foldForSearch(row.title), words) === null) continue;
        const statusName = typeof row.status_name === 'string' ? row.status_name : '';
        const finished = row.status_role === 'completed' || row.status_role === 'cancelled';
        found.push({ spaceId: row.space_id, cardId: row.card_id, title: row.title, statusName, finished });
      }
      return found;
    },
    markSummarised: (spaceId: string): void => void mark.run(spaceId),
    unsummarisedSpaces: (spaceIds: readonly string[]): string[] =>
      unmarked.all(JSON.stringify(spaceIds)) as string[],
    cardsConcerning: (userId: string): CardConcern[] =>
      (ofUser.all(userId) as Array<{ space_id: string; card_id: string; reason: CardConcern['reason'] }>).map(
        (row) => ({ spaceId: row.space_id, cardId: row.card_id, reason: row.reason }),
      ),
  };
}
