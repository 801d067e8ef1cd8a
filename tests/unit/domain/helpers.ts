/** Test helpers: fresh documents, a fixed clock, and a check that a refused operation wrote nothing. */
import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  initSpaceDoc,
  initUserDoc,
  initWorkspaceDoc,
  orderedStatuses,
  type OpContext,
} from '../../../src/domain/index.ts';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Context of `actor` whose clock reads `at` (epoch ms). */
export function ctxOf(actor = 'alice', at = T0): OpContext {
  return { actor, now: () => at };
}

/** A space document initialised from `template` (default: To do / Doing / Done). */
export function freshSpace(template?: string): Y.Doc {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', ...(template ? { template } : {}) }, ctxOf());
  return doc;
}

export function freshWorkspace(): Y.Doc {
  const doc = new Y.Doc();
  initWorkspaceDoc(doc, { id: 'ws1', name: 'Aftersales Nord', type: 'private' }, ctxOf());
  return doc;
}

export function freshUser(): Y.Doc {
  const doc = new Y.Doc();
  initUserDoc(doc, { id: 'alice' }, ctxOf());
  return doc;
}

/** Active status ids in board order: [To do, Doing, Done] for a default space. */
export function statusIds(doc: Y.Doc): string[] {
  return orderedStatuses(doc).map((status) => status.id);
}

/** Asserts `run` throws a `DomainError` with `code` and leaves `doc` byte-identical. */
export function expectRefused(doc: Y.Doc, code: string, run: () => unknown): DomainError {
  const before = Y.encodeStateAsUpdate(doc);
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  expect((caught as DomainError).code).toBe(code);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  return caught as DomainError;
}
