/** Plain snapshots of a user document (MySpace). */
import type * as Y from 'yjs';
import type { UserMeta } from '../records/meta.ts';
import { readMirror, type Mirror } from '../records/mirror.ts';
import { readReminder, type Reminder } from '../records/reminder.ts';
import { readSavedView, type SavedView } from '../records/savedView.ts';
import { readSection, type Section } from '../records/section.ts';
import { sortKeyed } from '../ordering.ts';
import { userMaps, eachRecord } from '../schema.ts';

export interface UserSnapshot {
  meta: UserMeta;
  sections: Record<string, Section>;
  mirrors: Record<string, Mirror>;
  prefs: Record<string, unknown>;
  views: Record<string, SavedView>;
  /** Inbox cards dealt with: `feedKey` → epoch ms. */
  triaged: Record<string, number>;
  /** Personal reminders by id. */
  reminders: Record<string, Reminder>;
}

/** The whole user document as id-keyed plain objects. */
export function readUser(doc: Y.Doc): UserSnapshot {
  const { meta, sections, mirrors, prefs, views, reminders } = userMaps(doc);
  const triaged = readTriaged(doc);
  const version = meta.get('schemaVersion');
  const id = meta.get('id');
  const snapshot: UserSnapshot = {
    meta: { schemaVersion: typeof version === 'number' ? version : 0, id: typeof id === 'string' ? id : '' },
    sections: {},
    mirrors: {},
    prefs: prefs.toJSON(),
    views: {},
    triaged,
    reminders: {},
  };
  eachRecord(sections, (record, id) => {
    snapshot.sections[id] = readSection(record, id);
  });
  eachRecord(mirrors, (record, id) => {
    snapshot.mirrors[id] = readMirror(record, id);
  });
  eachRecord(views, (record, id) => {
    snapshot.views[id] = readSavedView(record, id);
  });
  eachRecord(reminders, (record, id) => {
    snapshot.reminders[id] = readReminder(record, id);
  });
  return snapshot;
}

/** Sections in order. */
export function orderedSections(doc: Y.Doc): Section[] {
  const list: Section[] = [];
  eachRecord(userMaps(doc).sections, (record, id) => list.push(readSection(record, id)));
  return sortKeyed(list);
}

/** Mirrors of one section in order. */
export function mirrorsInSection(doc: Y.Doc, sectionId: string): Mirror[] {
  const list: Mirror[] = [];
  eachRecord(userMaps(doc).mirrors, (record, id) => {
    const mirror = readMirror(record, id);
    if (mirror.sectionId === sectionId) list.push(mirror);
  });
  return sortKeyed(list);
}

/** The triaged inbox keys; a malformed time reads as 0 (still triaged). */
export function readTriaged(doc: Y.Doc): Record<string, number> {
  const result: Record<string, number> = {};
  userMaps(doc).triaged.forEach((at, key) => {
    result[key] = typeof at === 'number' ? at : 0;
  });
  return result;
}
