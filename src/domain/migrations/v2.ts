/**
 * Version 2 adds custom fields: the `fields` collection, the `settings` map (the SLA field) and a `values`
 * map on every card. The empty `values` map is written here, once per card, rather than by the first edit
 * of a value: two people filling in different fields of an old card at once would each create the map,
 * and one map would replace the other with the value in it. Two replicas migrating at once each write an
 * empty map, and losing either loses nothing; `setFieldValue` refuses a card that has no map yet
 * (`card_not_upgraded`) rather than make one that could race this.
 */
import * as Y from 'yjs';
import type { Migration } from './types.ts';

export const SPACE_V2: Migration = {
  version: 2,
  description: 'custom fields: every card has a values map',
  up(doc) {
    for (const card of doc.getMap('cards').values()) {
      if (card instanceof Y.Map && !(card.get('values') instanceof Y.Map)) card.set('values', new Y.Map());
    }
  },
};
