/**
 * A saved view: a named set of a space's Flow settings (window, time zone, calendar, card filter) that its
 * user keeps in their own document, to open the same Time Chart again. The settings are the Flow view's
 * query string as the app writes it; the view reads them with its own rules, so a saved view written by a
 * newer or faulty client degrades to the defaults with a sentence instead of breaking.
 */
import { z } from 'zod';
import { str, type YRecord } from '../schema.ts';
import { idSchema, nameSchema } from './common.ts';

export const VIEW_QUERY_MAX = 2000;

export const savedViewSchema = z.object({
  id: idSchema,
  name: nameSchema,
  spaceId: idSchema,
  /** The Flow view's query string, `?`-prefixed, or empty for the defaults. */
  query: z.string().max(VIEW_QUERY_MAX),
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** Plain snapshot of one saved view record. */
export function readSavedView(yView: YRecord, id: string): SavedView {
  return { id, name: str(yView, 'name'), spaceId: str(yView, 'spaceId'), query: str(yView, 'query') };
}
