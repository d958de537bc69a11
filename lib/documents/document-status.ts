import type { Prisma } from "../generated/prisma/client";
import type { SignatureStatus } from "../generated/prisma/enums";

export type DocumentStatus = "to_sign" | "signed" | "expired" | "cancelled" | "other";
export const DOCUMENT_STATUSES = ["to_sign", "signed", "expired", "cancelled", "other"] as const satisfies readonly DocumentStatus[];

type RequestState = { status: SignatureStatus; expiresAt: Date | null };

const waiting = (request: RequestState) => request.status === "PENDING" || request.status === "VIEWED";
const expired = (request: RequestState, now: Date) => request.expiresAt !== null && request.expiresAt.getTime() <= now.getTime();

/**
 * Signed once a request is signed; to sign while one waits within its time; expired when the only waiting
 * ones are past it; "signature annulée" when every request was cancelled; else a document to download.
 */
export function documentStatus(requests: readonly RequestState[], now: Date = new Date()): DocumentStatus {
  if (requests.some((request) => request.status === "SIGNED")) return "signed";
  if (requests.some((request) => waiting(request) && !expired(request, now))) return "to_sign";
  if (requests.some(waiting)) return "expired";
  if (requests.some((request) => request.status === "CANCELLED")) return "cancelled";
  return "other";
}

const WAITING = { in: ["PENDING" as const, "VIEWED" as const] };

/** A waiting request still within its time to be signed. */
export const signableRequestWhere = (now: Date): Prisma.SignatureRequestWhereInput => ({
  status: WAITING,
  OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
});

/** The documents of one status, the same rule as documentStatus in SQL. */
export function documentStatusWhere(status: DocumentStatus | undefined, now: Date = new Date()): Prisma.DocumentWhereInput {
  const signed = { status: "SIGNED" as const };
  if (status === "signed") return { signatureRequests: { some: signed } };
  if (status === "to_sign") return { signatureRequests: { some: signableRequestWhere(now), none: signed } };
  if (status === "expired")
    return {
      AND: [
        { signatureRequests: { some: { status: WAITING, expiresAt: { lte: now } } } },
        { signatureRequests: { none: { OR: [signed, signableRequestWhere(now)] } } },
      ],
    };
  if (status === "cancelled")
    return { signatureRequests: { some: { status: "CANCELLED" }, none: { status: { in: ["PENDING", "VIEWED", "SIGNED"] } } } };
  if (status === "other") return { signatureRequests: { none: {} } };
  return {};
}
