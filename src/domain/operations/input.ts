/** Input validation shared by operations: zod failures become `DomainError('invalid_input')`. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { DomainError } from '../errors.ts';

/**
 * One sentence a person can read in a form: our own rules are written as predicates ("must not be empty"),
 * so they read as "The name must not be empty."; zod's generic messages keep the field in front.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The request is not valid.';
  const field = issue.path.map(String).join('.');
  if (field === '') return issue.message;
  return issue.message.startsWith('must ') ? `The ${field} ${issue.message}.` : `${field}: ${issue.message}`;
}

/** Parses `input` with `schema` or throws `invalid_input` describing each bad field (`describeIssue`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new DomainError('invalid_input', result.error.issues.map(describeIssue).join(' '), issues);
}

/** Refuses operations on a document that was never initialised (its `meta.id` is unset). */
export function requireInitialized(doc: Y.Doc): void {
  if (typeof doc.getMap('meta').get('id') !== 'string') {
    throw new DomainError('not_initialized', 'This document has not been initialised yet.');
  }
}
