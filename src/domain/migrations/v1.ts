/**
 * Version 1 is the initial shape. Documents written before versioning existed carry no `schemaVersion`;
 * this step fills the fields later code relies on (an `archived` flag on every archivable record) without
 * touching anything already present.
 */
import * as Y from 'yjs';
import type { Migration } from './types.ts';

function fillArchived(map: Y.Map<unknown>): void {
  for (const record of map.values()) {
    if (record instanceof Y.Map && !record.has('archived')) record.set('archived', false);
  }
}

export const SPACE_V1: Migration = {
  version: 1,
  description: 'initial space shape: every status, label and card has an archived flag',
  up(doc) {
    for (const name of ['statuses', 'labels', 'cards']) fillArchived(doc.getMap(name));
  },
};

export const WORKSPACE_V1: Migration = {
  version: 1,
  description: 'initial workspace shape: every folder and space entry has an archived flag',
  up(doc) {
    for (const name of ['folders', 'spaces']) fillArchived(doc.getMap(name));
  },
};

export const USER_V1: Migration = {
  version: 1,
  description: 'initial user shape',
  up() {
    // Sections and mirrors have no optional fields yet; stamping the version is the whole step.
  },
};
