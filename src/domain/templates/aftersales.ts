/** Space templates for the aftersales processes Afterboard is made for. */
import type { SpaceTemplate } from './types.ts';

const RED = '#d64545';
const ORANGE = '#e08a1e';
const YELLOW = '#d9b310';
const GREEN = '#3a9b5c';
const BLUE = '#3b73d1';
const PURPLE = '#8a56c2';
const GREY = '#7a7f87';

export const WARRANTY_CLAIMS: SpaceTemplate = {
  id: 'warranty-claims',
  name: 'Warranty claims',
  description: 'From a customer claim to approval or rejection and settlement.',
  statuses: [
    { name: 'Claim received', role: 'not_started' },
    { name: 'Awaiting documents', role: 'in_progress' },
    { name: 'Under assessment', role: 'in_progress' },
    { name: 'Approved – settling', role: 'in_progress' },
    { name: 'Settled', role: 'completed' },
    { name: 'Rejected', role: 'cancelled' },
  ],
  labels: [
    { name: 'Goodwill', color: PURPLE },
    { name: 'Manufacturer recourse', color: BLUE },
    { name: 'Out of warranty', color: GREY },
    { name: 'Safety-related', color: RED },
    { name: 'Proof of purchase missing', color: ORANGE },
  ],
  fields: [{ name: 'SLA due', type: 'date', sla: true }],
};

export const REPAIRS_RMA: SpaceTemplate = {
  id: 'repairs-rma',
  name: 'Repairs & RMA',
  description: 'Return authorisation, workshop repair and shipping back.',
  statuses: [
    { name: 'RMA requested', role: 'not_started' },
    { name: 'Awaiting unit', role: 'in_progress' },
    { name: 'Diagnosis', role: 'in_progress' },
    { name: 'Waiting for parts', role: 'in_progress' },
    { name: 'In repair', role: 'in_progress' },
    { name: 'Quality check', role: 'in_progress' },
    { name: 'Shipped back', role: 'completed' },
    { name: 'Scrapped / replaced', role: 'cancelled' },
  ],
  labels: [
    { name: 'Under warranty', color: GREEN },
    { name: 'Paid repair', color: BLUE },
    { name: 'Express', color: RED },
    { name: 'No fault found', color: GREY },
    { name: 'Loan unit out', color: YELLOW },
  ],
  fields: [{ name: 'SLA due', type: 'date', sla: true }],
};

export const COMPLAINTS: SpaceTemplate = {
  id: 'complaints',
  name: 'Complaints',
  description: 'Log, investigate and resolve customer complaints within the promised time.',
  statuses: [
    { name: 'New', role: 'not_started' },
    { name: 'Acknowledged', role: 'in_progress' },
    { name: 'Investigating', role: 'in_progress' },
    { name: 'Resolution proposed', role: 'in_progress' },
    { name: 'Closed – resolved', role: 'completed' },
    { name: 'Closed – unfounded', role: 'cancelled' },
  ],
  labels: [
    { name: 'Product', color: BLUE },
    { name: 'Service', color: PURPLE },
    { name: 'Delivery', color: ORANGE },
    { name: 'Escalated', color: RED },
    { name: 'Compensation', color: YELLOW },
  ],
};

export const MAINTENANCE_VISITS: SpaceTemplate = {
  id: 'maintenance-visits',
  name: 'Maintenance visits',
  description: 'Plan, carry out and report on-site service visits.',
  statuses: [
    { name: 'Checklist', role: 'information' },
    { name: 'To schedule', role: 'not_started' },
    { name: 'Scheduled', role: 'not_started' },
    { name: 'On site', role: 'in_progress' },
    { name: 'Report pending', role: 'in_progress' },
    { name: 'Completed', role: 'completed' },
    { name: 'Cancelled', role: 'cancelled' },
  ],
  labels: [
    { name: 'Preventive', color: GREEN },
    { name: 'Corrective', color: ORANGE },
    { name: 'Emergency', color: RED },
    { name: 'Service contract', color: BLUE },
    { name: 'Follow-up visit', color: GREY },
  ],
};

export const CUSTOMER_FEEDBACK: SpaceTemplate = {
  id: 'customer-feedback',
  name: 'Customer feedback',
  description: 'Collect, triage and act on what customers tell you.',
  statuses: [
    { name: 'Inbox', role: 'not_started' },
    { name: 'Triaged', role: 'not_started' },
    { name: 'Following up', role: 'in_progress' },
    { name: 'Actioned', role: 'completed' },
    { name: 'Archived – no action', role: 'cancelled' },
  ],
  labels: [
    { name: 'Praise', color: GREEN },
    { name: 'Idea', color: BLUE },
    { name: 'Problem', color: RED },
    { name: 'Survey', color: PURPLE },
    { name: 'Call back', color: YELLOW },
  ],
};

export const SPARE_PARTS: SpaceTemplate = {
  id: 'spare-parts',
  name: 'Spare-parts requests',
  description: 'Quote, order and deliver spare parts to customers and technicians.',
  statuses: [
    { name: 'Requested', role: 'not_started' },
    { name: 'Quoted', role: 'in_progress' },
    { name: 'Ordered', role: 'in_progress' },
    { name: 'Backordered', role: 'in_progress' },
    { name: 'Delivered', role: 'completed' },
    { name: 'Cancelled', role: 'cancelled' },
  ],
  labels: [
    { name: 'Urgent', color: RED },
    { name: 'Warranty part', color: GREEN },
    { name: 'Chargeable', color: BLUE },
    { name: 'Obsolete part', color: GREY },
    { name: 'Technician stock', color: ORANGE },
  ],
};
