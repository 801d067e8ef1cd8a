import type { Workspace } from '../api';

/** The roles an owner gives, in the order the forms offer them: the usual choice first. */
export const MEMBER_ROLES: { value: Workspace['role']; label: string }[] = [
  { value: 'member', label: 'Member' },
  { value: 'visitor', label: 'Visitor' },
  { value: 'owner', label: 'Owner' },
];

export function memberRoleLabel(role: Workspace['role']): string {
  return MEMBER_ROLES.find((option) => option.value === role)?.label ?? role;
}
