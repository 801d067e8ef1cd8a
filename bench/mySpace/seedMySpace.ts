/**
 * The MySpace bench's data: the demo owner with `spaces` seeded spaces (six per workspace, the seed
 * generator's limit) and a MySpace of `perSpace` mirrors from each, spread over five sections — on top of
 * the mirrors the generator adds itself, which are removed so the count is exact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import {
  addMirror,
  createSection,
  orderedSections,
  removeMirror,
  spaceMaps,
  userMaps,
} from '../../src/domain/index.ts';
import { DEFAULT_OWNER_EMAIL, DEFAULT_OWNER_PASSWORD, seedWorkspace } from '../../server/seed/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import type { Storage } from '../../server/storage/types.ts';

export interface SeededMySpace {
  dataDir: string;
  ownerId: string;
  spaces: number;
  mirrors: number;
  owner: { email: string; password: string };
}

const SPACES_PER_WORKSPACE = 6;
const SECTIONS = ['Today', 'This week', 'Waiting on parts', 'Follow up', 'Later'];

async function loadDoc(storage: Storage, name: string): Promise<Y.Doc> {
  const stored = await storage.loadDoc(name);
  const doc = new Y.Doc();
  for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
  return doc;
}

/** Seeds the data; the caller removes `dataDir`. */
export async function seedMySpace(spaces: number, perSpace: number): Promise<SeededMySpace> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterboard-myspace-bench-'));
  const storage = openSqliteStorage(dataDir);
  try {
    const spaceIds: string[] = [];
    let ownerId = '';
    for (let region = 0; spaceIds.length < spaces; region++) {
      const count = Math.min(SPACES_PER_WORKSPACE, spaces - spaceIds.length);
      const result = await seedWorkspace(storage, {
        workspaceName: `Region ${region + 1}`,
        spaces: count,
        cards: count * perSpace * 3,
        days: 30,
        seed: region + 1,
        team: region === 0,
      });
      spaceIds.push(...result.spaces.map((space) => space.id));
      ownerId = result.users.find((user) => user.email === DEFAULT_OWNER_EMAIL)!.id;
    }

    const userName = `user/${ownerId}`;
    const user = await loadDoc(storage, userName);
    const before = Y.encodeStateVector(user);
    const ctx = { actor: ownerId };
    for (const id of [...userMaps(user).mirrors.keys()]) removeMirror(user, { mirrorId: id }, ctx);
    const sections = orderedSections(user).map((section) => section.id);
    for (const name of SECTIONS.slice(sections.length)) sections.push(createSection(user, { name }, ctx));
    let mirrors = 0;
    for (const spaceId of spaceIds) {
      const space = await loadDoc(storage, `space/${spaceId}`);
      const cardIds = [...spaceMaps(space).cards.entries()]
        .filter(([, card]) => card.get('archived') !== true)
        .map(([id]) => id)
        .slice(0, perSpace);
      for (const cardId of cardIds) {
        addMirror(user, { spaceId, cardId, sectionId: sections[mirrors % sections.length]! }, ctx);
        mirrors++;
      }
      space.destroy();
    }
    await storage.appendUpdate(userName, Y.encodeStateAsUpdate(user, before));
    user.destroy();
    return {
      dataDir,
      ownerId,
      spaces: spaceIds.length,
      mirrors,
      owner: { email: DEFAULT_OWNER_EMAIL, password: DEFAULT_OWNER_PASSWORD },
    };
  } finally {
    await storage.close();
  }
}
