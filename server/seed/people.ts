/**
 * The demo team of the seeded workspace: one service lead (the demo owner account) and the agents,
 * technicians and an auditor who work the aftersales spaces. Emails are on `afterboard.local`, a name
 * that never resolves, so a demo instance cannot mail anyone.
 */
import type { MemberRole } from '../storage/types.ts';

export interface DemoPerson {
  /** Short stable handle used to give spaces their teams. */
  handle: string;
  name: string;
  email: string;
  role: MemberRole;
  /** Templates of the spaces where this person takes cards as responsible. */
  worksOn: readonly string[];
}

/** The team besides the demo owner, whose name and email come from the seed options. */
export const DEMO_TEAM: readonly DemoPerson[] = [
  {
    handle: 'maria',
    name: 'Maria Schmidt',
    email: 'maria.schmidt@afterboard.local',
    role: 'member',
    worksOn: ['warranty-claims', 'complaints'],
  },
  {
    handle: 'jonas',
    name: 'Jonas Weber',
    email: 'jonas.weber@afterboard.local',
    role: 'member',
    worksOn: ['repairs-rma'],
  },
  {
    handle: 'priya',
    name: 'Priya Nair',
    email: 'priya.nair@afterboard.local',
    role: 'member',
    worksOn: ['complaints', 'warranty-claims'],
  },
  {
    handle: 'tomas',
    name: 'Tomás García',
    email: 'tomas.garcia@afterboard.local',
    role: 'member',
    worksOn: ['maintenance-visits', 'repairs-rma'],
  },
  {
    handle: 'lena',
    name: 'Lena Fischer',
    email: 'lena.fischer@afterboard.local',
    role: 'member',
    worksOn: ['maintenance-visits'],
  },
  {
    handle: 'sam',
    name: 'Sam Okafor',
    email: 'sam.okafor@afterboard.local',
    role: 'member',
    worksOn: ['repairs-rma', 'warranty-claims'],
  },
  {
    // A quality auditor who reads everything and edits nothing: shows the visitor role in the demo.
    handle: 'eva',
    name: 'Eva Richter',
    email: 'eva.richter@afterboard.local',
    role: 'visitor',
    worksOn: [],
  },
];

export const OWNER_NAME = 'Alex Morgan';
