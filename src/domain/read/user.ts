/** Plain snapshots of a user document (MySpace). */
import type * as Y from 'yjs';
import type { UserMeta } from '../records/meta.ts';
import { readMirror, type Mirror } from '../records/mirror.ts';
import { readSection, type Section } from '../records/section.ts';
import { sortKeyed } from '../ordering.ts';
import { userMaps } from '../schema.ts';

export interface UserSnapshot {
  meta: UserMeta;
  sections: Record<string, Section>;
  mirrors: Record<string, Mirror>;
  prefs: Record<string, unknown>;
}

/** The whole user document as id-keyed plain objects. */
export function readUser(doc: Y.Doc): UserSnapshot {
  const { meta, sections, mirrors, prefs } = userMaps(doc);
  const version = meta.get('schemaVersion');
  const id = meta.get('id');
  const snapshot: UserSnapshot = {
    meta: { schemaVersion: typeof version === 'number' ? version : 0, id: typeof id === 'string' ? id : '' },
    sections: {},
    mirrors: {},
    prefs: prefs.toJSON(),
  };
  for (const [sectionId, record] of sections.entries())
    snapshot.sections[sectionId] = readSection(record, sectionId);
  for (const [mirrorId, record] of mirrors.entries())
    snapshot.mirrors[mirrorId] = readMirror(record, mirrorId);
  return snapshot;
}

/** Sections in order. */
export function orderedSections(doc: Y.Doc): Section[] {
  return sortKeyed([...userMaps(doc).sections.entries()].map(([id, record]) => readSection(record, id)));
}

/** Mirrors of one section in order. */
export function mirrorsInSection(doc: Y.Doc, sectionId: string): Mirror[] {
  const list: Mirror[] = [];
  userMaps(doc).mirrors.forEach((record, id) => {
    const mirror = readMirror(record, id);
    if (mirror.sectionId === sectionId) list.push(mirror);
  });
  return sortKeyed(list);
}
