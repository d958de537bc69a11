import type { Prisma } from "../generated/prisma/client";
import type { ContactRole } from "../generated/prisma/enums";

export const CONTACT_ROLES = ["ADMIN", "TRAINING", "FINANCE", "MANAGER"] as const satisfies readonly ContactRole[];

/**
 * The one rule of what a company's contact may open, by role: each section of the extranet and the roles
 * besides ADMIN (who opens every section) that open it. Navigation, pages, server actions, route handlers
 * and the choice of an email's recipients all read this table; a new section is one line here.
 */
export const SECTION_ROLES = {
  dashboard: ["TRAINING", "FINANCE", "MANAGER"],
  account: ["TRAINING", "FINANCE", "MANAGER"],
  /** The notification centre: each contact's own, filled only with what its role concerns. */
  notifications: ["TRAINING", "FINANCE", "MANAGER"],
  /** Switching between the parent company and its subsidiaries. */
  companies: ["TRAINING", "FINANCE", "MANAGER"],
  trainings: ["TRAINING", "MANAGER"],
  calendar: ["TRAINING", "MANAGER"],
  participants: ["TRAINING", "MANAGER"],
  /** Filling in the placeholder seats ("Participant 1"). */
  placeholders: ["TRAINING"],
  documents: ["TRAINING"],
  /** The company-wide training figures of the dashboard (people trained, hours, attendance, spending). */
  trainingFigures: ["TRAINING"],
  catalogue: ["TRAINING"],
  evaluations: ["TRAINING"],
  quality: ["TRAINING"],
  storage: ["TRAINING"],
  invoices: ["FINANCE"],
  /** Signing what is addressed to the contact itself: a document (TRAINING) or a quote (FINANCE). */
  signatures: ["TRAINING", "FINANCE"],
  /** Quotes to accept or decline: /devis. */
  quotes: ["FINANCE"],
  /** Who pays for the training (OPCO, CPF…): the training manager files the requests, finance follows the money. */
  funding: ["TRAINING", "FINANCE"],
  /** The company's extranet accesses: /equipe. */
  team: [],
} as const satisfies Record<string, readonly Exclude<ContactRole, "ADMIN">[]>;

export type ContactSection = keyof typeof SECTION_ROLES;

/**
 * The section of each extranet path (the longest matching prefix wins). Every page and route handler of the
 * extranet must fall under one (a test walks app/); a path under none opens for ADMIN only.
 */
export const PATH_SECTIONS: Record<string, ContactSection> = {
  "/": "dashboard",
  "/compte": "account",
  "/notifications": "notifications",
  "/formations": "trainings",
  "/formations/participants-a-identifier": "placeholders",
  "/calendrier": "calendar",
  "/participants": "participants",
  "/documents": "documents",
  "/factures": "invoices",
  "/devis": "quotes",
  "/financements": "funding",
  "/catalogue": "catalogue",
  "/stockage": "storage",
  "/qualite": "quality",
  "/evaluations": "evaluations",
  "/equipe": "team",
  "/bench": "dashboard",
};

export function roleOpens(role: ContactRole, section: ContactSection): boolean {
  return role === "ADMIN" || (SECTION_ROLES[section] as readonly ContactRole[]).includes(role);
}

/** The roles that open a section: whom an email about it concerns. */
export function rolesOpening(section: ContactSection): ContactRole[] {
  return CONTACT_ROLES.filter((role) => roleOpens(role, section));
}

export function sectionOfPath(pathname: string): ContactSection | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: string | null = null;
  for (const prefix of Object.keys(PATH_SECTIONS)) {
    const matches = prefix === "/" ? path === "/" : path === prefix || path.startsWith(`${prefix}/`);
    if (matches && (best === null || prefix.length > best.length)) best = prefix;
  }
  return best === null ? null : PATH_SECTIONS[best];
}

/** May this role open this extranet path? */
export function roleOpensPath(role: ContactRole, pathname: string): boolean {
  const section = sectionOfPath(pathname);
  return section === null ? role === "ADMIN" : roleOpens(role, section);
}

/** Who is asking, for the MANAGER scopes below. */
export interface RoleScope {
  role: ContactRole;
  accessId: string;
}

/**
 * A MANAGER's participant scope, to spread into a Participant `where` beside companyScope: the participants
 * assigned to its access. Every other role gets no restriction.
 */
export function managerParticipantWhere(context: RoleScope): Prisma.ParticipantWhereInput {
  return context.role === "MANAGER" ? { managerAssignments: { some: { accessId: context.accessId } } } : {};
}

/** The same scope for seats (a MANAGER's attendance is its participants' seats). */
export function managerEnrolmentWhere(context: RoleScope): Prisma.EnrolmentWhereInput {
  return context.role === "MANAGER" ? { participant: managerParticipantWhere(context) } : {};
}

/** And for training actions, beside companyActionWhere: a MANAGER sees those where one of its participants holds a live seat. */
export function managerActionWhere(context: RoleScope): Prisma.TrainingActionWhereInput {
  return context.role === "MANAGER"
    ? { enrolments: { some: { status: { not: "CANCELLED" }, participant: managerParticipantWhere(context) } } }
    : {};
}
