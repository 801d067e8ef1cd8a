/**
 * The board bench's data: the seed generator's demo workspace with one space of thousands of cards, in a
 * fresh data folder, and the two accounts the bench signs in with (the owner and a teammate).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { spaceMaps } from '../../src/domain/index.ts';
import { DEFAULT_OWNER_EMAIL, DEFAULT_OWNER_PASSWORD, seedWorkspace } from '../../server/seed/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';

export interface SeededBoard {
  dataDir: string;
  spaceId: string;
  spaceName: string;
  /** Cards on the board: the space's cards that are not archived. */
  liveCards: number;
  historyEvents: number;
  bytes: number;
  owner: { email: string; password: string };
  teammate: { email: string; password: string };
}

/** Seeds one space of `cards` cards over `days` days of history; the caller removes `dataDir`. */
export async function seedBoard(cards: number, days: number): Promise<SeededBoard> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterboard-board-bench-'));
  const storage = openSqliteStorage(dataDir);
  try {
    const result = await seedWorkspace(storage, { cards, spaces: 1, days, seed: 1 });
    const space = result.spaces[0]!;
    const teammate = result.users.find((user) => user.role === 'member')!;
    const stored = await storage.loadDoc(`space/${space.id}`);
    const doc = new Y.Doc();
    for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
    const liveCards = [...spaceMaps(doc).cards.values()].filter((c) => c.get('archived') !== true).length;
    doc.destroy();
    return {
      dataDir,
      spaceId: space.id,
      spaceName: space.name,
      liveCards,
      historyEvents: space.historyEvents,
      bytes: space.bytes,
      owner: { email: DEFAULT_OWNER_EMAIL, password: DEFAULT_OWNER_PASSWORD },
      teammate: { email: teammate.email, password: DEFAULT_OWNER_PASSWORD },
    };
  } finally {
    await storage.close();
  }
}
