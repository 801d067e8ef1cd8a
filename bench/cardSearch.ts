/**
 * Card search across spaces (`GET /api/cards/search`): the database read of the stored card summaries and
 * the ranking of every match, as the route does them, over 50,000 cards in 40 spaces of 10 workspaces, a
 * reader belonging to 5 of them (about 25,000 cards searched). Titles are aftersales case titles ("RMA-1042
 * Dishwasher pump noisy"), a tenth of them with an accented word.
 *
 * Run alone: `npx tsx bench/cardSearch.ts [--quick]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/analytics/index.ts';
import { foldForSearch, searchWords, titleRank, TITLE_ORDER } from '../src/domain/index.ts';
import type { SpaceCardSummary } from '../src/domain/read/cardSummary.ts';
import { openSqliteStorage } from '../server/storage/sqlite.ts';
import type { Storage } from '../server/storage/types.ts';
import { tempDataDir } from '../tests/fixtures/server.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { seedReaderWorkspaces } from './lib/readerWorkspaces.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const APPLIANCES = ['Dishwasher', 'Washing machine', 'Fridge-freezer', 'Oven', 'Coffee machine', 'Dryer'];
const FAULTS = ['pump noisy', 'door seal torn', 'not heating', 'error E24', 'leaking water', 'drum stuck'];
const ACCENTED = ['Kühlung defekt', 'Café Müller', 'Bäckerei Huber', 'Ölwechsel'];

function summary(spaceId: string, n: number, random: () => number): SpaceCardSummary {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const extra = random() < 0.1 ? ` (${pick(ACCENTED)})` : '';
  return {
    spaceId,
    cardId: `c${n}`,
    title: `RMA-${1000 + n} ${pick(APPLIANCES)} ${pick(FAULTS)}${extra}`,
    statusId: 'st1',
    statusName: 'Diagnosis',
    statusRole: 'in_progress',
    start: null,
    due: null,
    labels: [],
    todos: { done: 0, total: 0 },
    comments: 0,
    progress: null,
    responsible: null,
    coworkers: [],
    mentioned: [],
    createdBy: 'person0',
    blocked: false,
    archived: random() < 0.3,
  };
}

async function seed(storage: Storage, cards: number): Promise<void> {
  const random = seededRandom(3);
  const perSpace = Math.ceil(cards / 40);
  let n = 0;
  for (const spaceId of await seedReaderWorkspaces(storage)) {
    const changes = Array.from({ length: perSpace }, () => {
      const card = summary(spaceId, n++, random);
      return { cardId: card.cardId, summary: card };
    });
    await storage.storeCardSummaries(spaceId, changes);
  }
}

/** What the route does after access: read the matches, rank them all, keep the best 20. */
async function search(storage: Storage, workspaceIds: string[], query: string) {
  const words = searchWords(query);
  const found = await storage.searchCards({ workspaceIds, words });
  return found
    .map((card) => ({ card, rank: titleRank(foldForSearch(card.title), words) ?? 3 }))
    .sort((a, b) => a.rank - b.rank || TITLE_ORDER.compare(a.card.title, b.card.title))
    .slice(0, 20);
}

export async function runCardSearchBench({ quick = false }: { quick?: boolean } = {}) {
  console.log(`\n## Card search across spaces${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const dir = tempDataDir();
  const storage = openSqliteStorage(dir);
  try {
    const cards = quick ? 5_000 : 50_000;
    await seed(storage, cards);
    const workspaceIds = (await storage.listVisibleWorkspaces('reader'))
      .filter((workspace) => workspace.memberRole !== null)
      .map((workspace) => workspace.id);
    const runs = 15;
    const table = [
      [
        `query (${cards} cards, the reader's ${workspaceIds.length} workspaces; median of ${runs})`,
        'matches',
        'time',
      ],
    ];
    for (const query of ['pump', 'dishwasher pump', 'rma-1042', 'kuhlung', 'müller café', 'e', 'zzzz']) {
      const matches = (await storage.searchCards({ workspaceIds, words: searchWords(query) })).length;
      await search(storage, workspaceIds, query);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await search(storage, workspaceIds, query);
        samples.push(performance.now() - started);
      }
      table.push([`"${query}"`, String(matches), formatMs(median(samples))]);
    }
    console.log(`${renderTable(table)}\n`);
  } finally {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runCardSearchBench({ quick: values.quick });
}
