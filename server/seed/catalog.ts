/**
 * What aftersales cards are about: products and their typical faults, customers, complaint reasons and
 * maintenance jobs, and the words agents add to a title as a case develops. Titles follow the numbering
 * teams actually use (`RMA-1042`, `W-2231`, …) so a seeded board reads like a real one.
 */
import type { Random } from './random.ts';

interface Product {
  name: string;
  faults: readonly string[];
}

export const PRODUCTS: readonly Product[] = [
  {
    name: 'Dishwasher',
    faults: ['leaking at door seal', 'not draining', 'error E24', 'drying poorly', 'door latch broken'],
  },
  {
    name: 'Washing machine',
    faults: [
      'drum bearing noisy',
      'will not spin',
      'door will not unlock',
      'heater element failed',
      'error F18',
    ],
  },
  { name: 'Tumble dryer', faults: ['not heating', 'drum not turning', 'condenser blocked'] },
  {
    name: 'Fridge-freezer',
    faults: ['compressor failure', 'not cooling', 'ice build-up in freezer', 'door seal torn', 'noisy fan'],
  },
  {
    name: 'Built-in oven',
    faults: ['thermostat faulty', 'door glass cracked', 'fan not working', 'display dead'],
  },
  { name: 'Induction hob', faults: ['zone not heating', 'error E5', 'cracked glass top'] },
  {
    name: 'Coffee machine',
    faults: ['grinder jammed', 'leaking under brew group', 'milk frother not working', 'descaling error'],
  },
  {
    name: 'Heat pump',
    faults: ['low flow pressure', 'compressor trips', 'defrost cycle failing', 'error A11'],
  },
  { name: 'Gas boiler', faults: ['no hot water', 'pressure dropping', 'ignition fault'] },
  {
    name: 'Air conditioner',
    faults: ['not cooling', 'water dripping from indoor unit', 'remote not responding'],
  },
];

export const CUSTOMERS: readonly string[] = [
  'M. Keller',
  'Hotel Seeblick',
  'Bäckerei Huber',
  'Dr. Anna Berg',
  'Café Lindner',
  'Müller & Söhne GmbH',
  'Stadtwerke Nord',
  'Pension Alpenrose',
  'J. Novak',
  'K. Andersson',
  'Praxis Dr. Wolf',
  'Restaurant Da Marco',
  'S. Yilmaz',
  'Autohaus Brandt',
  'L. Dubois',
  'Kita Sonnenschein',
  'P. Jansen',
  'Fitness Park West',
  'R. Costa',
  'Hausverwaltung Lenz',
];

const COMPLAINT_REASONS: readonly string[] = [
  'technician arrived 3 hours late',
  'invoice charged twice for spare part',
  'replacement part was the wrong model',
  'no call back after 5 days',
  'unit delivered with dented side panel',
  'hotline wait over 40 minutes',
  'repair did not fix the fault',
  'refund not received after return',
  'installer left packaging behind',
  'unit still noisy after repair',
  'promised loan unit never arrived',
  'appointment cancelled without notice',
  'warranty refused without explanation',
  'spare part on backorder for 6 weeks',
];

const VISIT_TYPES: readonly string[] = [
  'Annual service',
  'Quarterly inspection',
  'Filter change',
  'Safety check',
  'Emergency call-out',
  'Follow-up after repair',
  'Commissioning',
];

const VISIT_ASSETS: readonly string[] = [
  'heat pump',
  'gas boiler',
  'commercial dishwasher',
  'cold room',
  'air conditioning',
  'coffee station',
  'laundry line',
];

const FEEDBACK: readonly string[] = [
  'praise for the technician on the last visit',
  'suggests SMS reminders before appointments',
  'app does not show repair status',
  'asks for evening appointment slots',
  'survey: rated the hotline 2 of 5',
  'wants a call back about the extended warranty',
  'manual missing in the box',
  'happy with the quick replacement',
];

const PARTS: readonly string[] = [
  'Door seal',
  'Drain pump',
  'Control board',
  'Heating element',
  'Carbon brushes',
  'Glass ceramic top',
  'Fan motor',
  'Water filter',
  'Thermostat',
  'Brew group',
];

/** Words an agent appends to a title when a case changes: a diagnosis, a chase, an escalation. */
const TITLE_UPDATES: readonly string[] = [
  'customer called again',
  'escalated',
  'parts ordered',
  'customer unreachable',
  'diagnosed: worn pump seal',
  'diagnosed: control board',
  'second visit needed',
  'photos received',
  'waiting for dealer',
  'goodwill agreed',
];

const NOTE_OPENINGS: readonly string[] = [
  'Customer reports the problem started after',
  'Reported by phone; the fault appeared after',
  'Dealer forwarded the case; the issue began after',
  'Web form submission; the customer says it happened after',
];

const NOTE_CAUSES: readonly string[] = [
  'a power cut',
  'moving house',
  'the last service',
  'about two weeks of normal use',
  'a software update',
  'descaling',
];

/** Per-template case numbering and title style. */
const NUMBERING: Record<string, { prefix: string; start: number }> = {
  'warranty-claims': { prefix: 'W-', start: 2200 },
  'repairs-rma': { prefix: 'RMA-', start: 1000 },
  complaints: { prefix: 'C-', start: 3100 },
  'maintenance-visits': { prefix: 'MV-', start: 500 },
  'customer-feedback': { prefix: 'FB-', start: 700 },
  'spare-parts': { prefix: 'SP-', start: 4000 },
};

/**
 * A realistic title for the `index`-th card (0-based) of a space made from `templateId`, e.g.
 * "RMA-1042 Dishwasher leaking at door seal" or "Warranty claim W-2231: compressor failure".
 */
export function cardTitle(random: Random, templateId: string, index: number): string {
  const numbering = NUMBERING[templateId] ?? { prefix: '#', start: 1 };
  const number = `${numbering.prefix}${numbering.start + index}`;
  const product = random.pick(PRODUCTS);
  const fault = random.pick(product.faults);
  const customer = random.pick(CUSTOMERS);
  switch (templateId) {
    case 'warranty-claims':
      return random.chance(0.5)
        ? `Warranty claim ${number}: ${product.name.toLowerCase()} ${fault}`
        : `${number} ${product.name} ${fault} (${customer})`;
    case 'repairs-rma':
      return `${number} ${product.name} ${fault}`;
    case 'complaints':
      return `${number} ${customer}: ${random.pick(COMPLAINT_REASONS)}`;
    case 'maintenance-visits':
      return `${number} ${random.pick(VISIT_TYPES)} — ${customer}, ${random.pick(VISIT_ASSETS)}`;
    case 'customer-feedback':
      return `${number} ${customer}: ${random.pick(FEEDBACK)}`;
    case 'spare-parts':
      return `${number} ${random.pick(PARTS)} for ${product.name.toLowerCase()} — ${customer} (${random.int(1, 4)} pcs)`;
    default:
      return `${number} ${customer}: ${product.name.toLowerCase()} ${fault}`;
  }
}

/** The title after an agent adds what changed, e.g. "RMA-1042 … – parts ordered". */
export function updatedTitle(random: Random, title: string): string {
  return `${title} – ${random.pick(TITLE_UPDATES)}`;
}

const VISIT_NOTES: readonly string[] = [
  'Service contract visit. Access via the rear entrance; ask for the facility manager.',
  'Customer asked for a morning slot. Bring filters and a spare gasket set.',
  'Follow the manufacturer checklist; photograph the rating plate for the report.',
  'Site contact is on call only until noon. Parking in the yard.',
];

/**
 * A short first note for a card: for a visit, access and preparation; for a case, how the fault was
 * reported, the serial number and the purchase date (a few months to a few years before `createdAt`).
 */
export function cardNotes(random: Random, templateId: string, createdAt: number): string {
  if (templateId === 'maintenance-visits') return random.pick(VISIT_NOTES);
  const serial = `SN-${random.int(10000, 99999)}-${String.fromCharCode(65 + random.int(0, 25))}`;
  const purchased = new Date(createdAt - random.int(60, 900) * 86_400_000).toISOString().slice(0, 10);
  return (
    `${random.pick(NOTE_OPENINGS)} ${random.pick(NOTE_CAUSES)}.\n` +
    `Serial number ${serial}, purchased ${purchased}.`
  );
}

/** Information cards pinned in a maintenance space's Checklist column. */
export const MAINTENANCE_CHECKLIST: readonly { title: string; notes: string }[] = [
  {
    title: 'Safety checklist for on-site work',
    notes: 'Isolate power and gas, check for refrigerant leaks, wear PPE, photograph the installation first.',
  },
  {
    title: 'How we schedule visits',
    notes: 'Preventive visits two weeks ahead; emergencies the same or next working day; confirm by phone.',
  },
];
