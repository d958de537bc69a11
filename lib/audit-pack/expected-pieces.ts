import type { ActionStatus, DocumentKind } from "../generated/prisma/enums";

export interface ExpectedPiece {
  kind: DocumentKind;
  participantId: string | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The pieces an auditor asks of one company in one action that its documents lack: a convention; a
 * convocation (one for the company, or one per confirmed participant); once the action has started, an
 * attendance sheet; once it has ended, a certificat de réalisation per confirmed participant. A
 * cancelled action asks for nothing more than its convention.
 */
export function expectedPieces({
  action,
  today,
  participants,
  documents,
}: {
  action: { status: ActionStatus; startDate: Date; endDate: Date };
  today: Date;
  /** The company's confirmed, identified participants. */
  participants: string[];
  documents: { kind: DocumentKind; participantId: string | null }[];
}): ExpectedPiece[] {
  const has = (kind: DocumentKind, participantId: string | null = null) =>
    documents.some((document) => document.kind === kind && (document.participantId === null || document.participantId === participantId));
  const missing: ExpectedPiece[] = [];
  if (!has("CONVENTION")) missing.push({ kind: "CONVENTION", participantId: null });
  if (action.status === "CANCELLED") return missing;
  for (const participantId of participants) if (!has("CONVOCATION", participantId)) missing.push({ kind: "CONVOCATION", participantId });
  if (participants.length === 0 && !has("CONVOCATION")) missing.push({ kind: "CONVOCATION", participantId: null });
  if (day(action.startDate) <= day(today) && !has("FEUILLE_EMARGEMENT")) missing.push({ kind: "FEUILLE_EMARGEMENT", participantId: null });
  if (day(action.endDate) < day(today))
    for (const participantId of participants)
      if (!documents.some((document) => document.kind === "CERTIFICAT_REALISATION" && document.participantId === participantId))
        missing.push({ kind: "CERTIFICAT_REALISATION", participantId });
  return missing;
}
