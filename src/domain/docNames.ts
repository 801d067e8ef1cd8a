/**
 * Document names `<kind>/<id>`: the one parser the server (authorising `/sync/<docName>`) and the client
 * (opening documents) share, so both sides agree on what a valid name is.
 */
import { ID_PATTERN } from './ids.ts';

/** The kinds of Yjs document; `feed` is the read-only projection the server writes for one user. */
export type DocKind = 'workspace' | 'space' | 'user' | 'feed';

export const DOC_KINDS: readonly DocKind[] = ['workspace', 'space', 'user', 'feed'];

/** Parses `workspace/<id>`, `space/<id>`, `user/<id>` or `feed/<id>`; anything else (extra slashes, bad id) is null. */
export function parseDocName(name: string): { kind: DocKind; id: string } | null {
  if (typeof name !== 'string') return null;
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const kind = name.slice(0, slash);
  const id = name.slice(slash + 1);
  if (!(DOC_KINDS as readonly string[]).includes(kind) || !ID_PATTERN.test(id)) return null;
  return { kind: kind as DocKind, id };
}

/** Builds a document name; throws `RangeError` on an id that `parseDocName` would refuse. */
export function docName(kind: DocKind, id: string): string {
  if (!DOC_KINDS.includes(kind)) throw new RangeError(`unknown document kind: ${String(kind)}`);
  if (!ID_PATTERN.test(id)) throw new RangeError(`invalid document id: ${JSON.stringify(id)}`);
  return `${kind}/${id}`;
}
