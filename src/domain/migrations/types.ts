import type * as Y from 'yjs';

/** One numbered schema step: `up` brings a document from `version - 1` to `version`. */
export interface Migration {
  version: number;
  description: string;
  up: (doc: Y.Doc) => void;
}
