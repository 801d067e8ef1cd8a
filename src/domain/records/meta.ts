/** The `meta` map of each document kind. */
import { z } from 'zod';
import { epochMsSchema, idSchema, nameSchema } from './common.ts';

export const WORKSPACE_TYPES = ['private', 'public', 'org_wide'] as const;
export type WorkspaceType = (typeof WORKSPACE_TYPES)[number];

const schemaVersion = z.number().int().positive();

export const spaceMetaSchema = z.object({
  schemaVersion,
  id: idSchema,
  createdAt: epochMsSchema,
  createdBy: idSchema,
});
export type SpaceMeta = z.infer<typeof spaceMetaSchema>;

export const workspaceMetaSchema = z.object({
  schemaVersion,
  id: idSchema,
  name: nameSchema,
  type: z.enum(WORKSPACE_TYPES),
});
export type WorkspaceMeta = z.infer<typeof workspaceMetaSchema>;

export const userMetaSchema = z.object({ schemaVersion, id: idSchema });
export type UserMeta = z.infer<typeof userMetaSchema>;
