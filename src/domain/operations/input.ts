/** Input validation shared by operations: zod failures become `DomainError('invalid_input')`. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { DomainError } from '../errors.ts';

/** Parses `input` with `schema` or throws `invalid_input` listing each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; ');
  throw new DomainError('invalid_input', `Invalid input — ${summary}`, issues);
}

/** Refuses operations on a document that was never initialised (its `meta.id` is unset). */
export function requireInitialized(doc: Y.Doc): void {
  if (typeof doc.getMap('meta').get('id') !== 'string') {
    throw new DomainError('not_initialized', 'This document has not been initialised yet.');
  }
}
