import type { WorkspaceType } from '../api';

/** The three workspace types of the product brief, in the order a form offers them. */
export const WORKSPACE_TYPES: { value: WorkspaceType; label: string; hint: string }[] = [
  { value: 'private', label: 'Private', hint: 'only invited people' },
  { value: 'public', label: 'Public', hint: 'anyone on this server may join' },
  { value: 'org_wide', label: 'Org-wide', hint: 'everyone on this server is a member' },
];

export function workspaceTypeLabel(type: WorkspaceType): string {
  return WORKSPACE_TYPES.find((option) => option.value === type)?.label ?? type;
}
