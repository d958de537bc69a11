import type { ContactRole } from "../generated/prisma/enums";

/** The roles' French names in emails to the organisation (pages read messages/…/roles.json). */
export const ROLE_NAMES: Record<ContactRole, string> = {
  ADMIN: "administrateur de l’entreprise",
  TRAINING: "formation",
  FINANCE: "finance",
  MANAGER: "manager",
};
