/** Validators shared by records and operation inputs. */
import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/** A record or user id. */
export const idSchema = z.string().regex(ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -');

/** Longest display name (of a workspace, folder, space, status, label, section, field), in characters. */
export const NAME_MAX = 200;

/** A display name: trimmed, 1–`NAME_MAX` characters. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(NAME_MAX, `must be at most ${NAME_MAX} characters`);

/** A fractional-index order key (ASCII letters and digits, as `fractional-indexing` produces). */
export const keySchema = z.string().regex(/^[A-Za-z0-9]{1,512}$/);

/** A point in time, epoch ms. */
export const epochMsSchema = z.number().int().nonnegative().max(8.64e15);

/** `#rrggbb` colour. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour');
