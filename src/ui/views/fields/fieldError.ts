import { DomainError } from '../../../domain/index.ts';

/** What to tell the user about a refused field write, in words they can act on. */
export function fieldError(what: string, caught: unknown): string {
  if (caught instanceof DomainError && caught.code === 'invalid_input') {
    return `Could not ${what}: a field needs a name of 1–200 characters and a type.`;
  }
  return `Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`;
}
