export interface PersonIdentity {
  id?: string;
  firstName: string;
  lastName: string;
  email?: string | null;
}

/** Lower case, without accents, spaces collapsed: "  Élodie  FABRE" and "elodie fabre" are one person. */
export function normalizeName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s'’-]+/g, " ")
    .trim();
}

export type DuplicateReason = "duplicate_email" | "duplicate_name";

/**
 * Duplicate detection for a participant typed in the cart: the same email (case-insensitive) or the same
 * first and last names (accents, case and spacing ignored) as someone already known.
 */
export function findDuplicateParticipant<P extends PersonIdentity>(
  candidate: PersonIdentity,
  known: readonly P[],
): { reason: DuplicateReason; match: P } | null {
  const email = candidate.email?.trim().toLowerCase();
  if (email) {
    const match = known.find((person) => person.email?.trim().toLowerCase() === email);
    if (match) return { reason: "duplicate_email", match };
  }
  const name = `${normalizeName(candidate.firstName)}|${normalizeName(candidate.lastName)}`;
  const match = known.find((person) => `${normalizeName(person.firstName)}|${normalizeName(person.lastName)}` === name);
  return match ? { reason: "duplicate_name", match } : null;
}
