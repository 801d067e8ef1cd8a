/** Every space template Afterboard ships, in the order the UI lists them. */
import { BASIC_TEMPLATE } from './basic.ts';
import {
  COMPLAINTS,
  CUSTOMER_FEEDBACK,
  MAINTENANCE_VISITS,
  REPAIRS_RMA,
  SPARE_PARTS,
  WARRANTY_CLAIMS,
} from './aftersales.ts';
import type { SpaceTemplate } from './types.ts';

export type { SpaceTemplate } from './types.ts';

/** The template used when a space is created without one. */
export const DEFAULT_TEMPLATE_ID = BASIC_TEMPLATE.id;

export const TEMPLATES: readonly SpaceTemplate[] = Object.freeze([
  BASIC_TEMPLATE,
  WARRANTY_CLAIMS,
  REPAIRS_RMA,
  COMPLAINTS,
  MAINTENANCE_VISITS,
  CUSTOMER_FEEDBACK,
  SPARE_PARTS,
]);

/** The template with this id, or undefined. */
export function findTemplate(id: string): SpaceTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
