/**
 * Other tabs' writes to the local copies. Each tab appends its documents' updates as rows
 * (src/sync/localRows.ts); a tab with the same document open must apply the rows another tab adds, or two
 * tabs editing offline would each show only their own edits until reloaded. A tab announces each row it
 * added on a `BroadcastChannel` (which never delivers to the tab that posts), and the tabs holding that
 * document read exactly the announced rows. Nothing is read because of this tab's own writes: Dexie's
 * `liveQuery` did that, re-querying every open document after every edit.
 */

/** One added row: which document, and its id in the update table. */
export interface RowNotice {
  k: string;
  i: number;
}

export interface TabRows {
  /** Tells the other tabs that this tab added row `id` of `docName`. */
  announce(docName: string, id: number): void;
  /** Hears the ids of rows other tabs add to `docName`. @returns a function that stops. */
  follow(docName: string, listener: (id: number) => void): () => void;
  close(): void;
}

function isNotice(value: unknown): value is RowNotice {
  const notice = value as Partial<RowNotice> | null;
  return typeof notice?.k === 'string' && typeof notice.i === 'number';
}

/** Announcements between the tabs sharing the database `dbName`; silent where BroadcastChannel is missing. */
export function createTabRows(dbName: string): TabRows {
  const listeners = new Map<string, Set<(id: number) => void>>();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(`afterboard-rows:${dbName}`) : null;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isNotice(event.data)) return;
      const { k, i } = event.data;
      for (const listener of listeners.get(k) ?? []) listener(i);
    };
  }
  return {
    announce(docName, id) {
      channel?.postMessage({ k: docName, i: id } satisfies RowNotice);
    },
    follow(docName, listener) {
      let set = listeners.get(docName);
      if (!set) listeners.set(docName, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(docName);
      };
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
