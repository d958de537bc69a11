import type { SignatureStatus } from "../generated/prisma/enums";

export type DocumentStatus = "to_sign" | "signed" | "other";
export const DOCUMENT_STATUSES = ["to_sign", "signed", "other"] as const satisfies readonly DocumentStatus[];

/** To sign while a request waits, signed once one is signed, else other. */
export function documentStatus(requests: readonly { status: SignatureStatus }[]): DocumentStatus {
  if (requests.some((request) => request.status === "SIGNED")) return "signed";
  if (requests.some((request) => request.status === "PENDING" || request.status === "VIEWED")) return "to_sign";
  return "other";
}

export function documentStatusWhere(status: DocumentStatus | undefined) {
  if (status === "signed") return { signatureRequests: { some: { status: "SIGNED" as const } } };
  if (status === "to_sign")
    return {
      signatureRequests: { some: { status: { in: ["PENDING" as const, "VIEWED" as const] } }, none: { status: "SIGNED" as const } },
    };
  if (status === "other")
    return { signatureRequests: { none: { status: { in: ["PENDING" as const, "VIEWED" as const, "SIGNED" as const] } } } };
  return {};
}
