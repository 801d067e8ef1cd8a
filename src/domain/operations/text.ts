/** Free text that people type into a card: to-dos, comments, blocker reasons. */
import { DomainError } from '../errors.ts';

/**
 * Trims `text`; empty → `empty_text`, longer than `max` characters → `invalid_input`.
 * @param what how the message names the text ("A to-do", "A comment", …)
 */
export function cleanText(text: string, max: number, what: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new DomainError('empty_text', `${what} needs some text.`);
  if (trimmed.length > max) {
    throw new DomainError('invalid_input', `${what} can have at most ${max} characters.`, {
      length: trimmed.length,
    });
  }
  return trimmed;
}
