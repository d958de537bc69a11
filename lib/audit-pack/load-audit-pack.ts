import "server-only";
import { db } from "../db";
import { DOCUMENT_TITLES } from "../documents/document-kinds";
import { exportResultsCsv } from "../evaluations/export-results-csv";
import { exportResultsSummaryCsv } from "../evaluations/export-results-summary-csv";
import { loadResults } from "../evaluations/load-results";
import { EVALUATION_KINDS } from "../evaluations/questions";
import { resultsQuery } from "../evaluations/results-filters";
import type { DocumentKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { exportImprovementsCsv } from "../improvements/export-improvements-csv";
import { exportComplaintsCsv } from "../tickets/export-complaints-csv";
import { expectedPieces } from "./expected-pieces";

/** Staff get every company's pieces, the individual answers and the improvement register; a company its own pieces and aggregated figures. */
export type PackReader = "staff" | "company";

export interface PackDocument {
  path: string;
  piece: string;
  companyName: string;
  participantName: string | null;
  /** The signed copy when the document was signed, else the document as issued. */
  storageKey: string;
  signed: boolean;
  sha256: string | null;
}

export interface PackMissing {
  piece: string;
  companyName: string;
  participantName: string | null;
}

export interface AuditPack {
  fileName: string;
  documents: PackDocument[];
  missing: PackMissing[];
  /** Files written from the data (results, tickets, improvements): small, built before the archive starts. */
  reports: { path: string; piece: string; content: string }[];
}

const MAX_SEATS = 2000;
const MAX_DOCUMENTS = 5000;

const FOLDERS: Record<DocumentKind, string> = {
  CONVENTION: "1-conventions",
  CONVOCATION: "2-convocations",
  FEUILLE_EMARGEMENT: "3-emargements",
  CERTIFICAT_REALISATION: "4-certificats",
  ATTESTATION_ASSIDUITE: "5-autres",
  PROGRAMME: "5-autres",
  OTHER: "5-autres",
};

/** A file or folder name any unzip program accepts: no separator, no control or reserved character, short. */
export const safeName = (text: string) =>
  text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 90) || "sans-nom";

/**
 * What the audit pack of one action holds (for one company when named): its documents, each expected
 * piece that is missing, and the reports. Null when the action (as `actionWhere` finds it) or the company
 * takes no part — the route answers 404. Every read happens here, before the archive starts streaming.
 */
export async function loadAuditPack({
  organizationId,
  actionWhere,
  companyId,
  reader,
  today = new Date(),
}: {
  organizationId: string;
  /** The access rule of the reader; `organizationId` and the action's id are always part of it. */
  actionWhere: Prisma.TrainingActionWhereInput & { id: string; organizationId: string };
  companyId?: string;
  reader: PackReader;
  today?: Date;
}): Promise<AuditPack | null> {
  const action = await db.trainingAction.findFirst({
    where: actionWhere,
    select: {
      id: true,
      number: true,
      type: true,
      status: true,
      startDate: true,
      endDate: true,
      companyId: true,
      company: { select: { name: true } },
    },
  });
  if (!action) return null;
  const seats = await db.enrolment.findMany({
    where: { organizationId, actionId: action.id, status: { not: "CANCELLED" }, ...(companyId ? { companyId } : {}) },
    orderBy: { createdAt: "asc" },
    take: MAX_SEATS,
    select: {
      companyId: true,
      status: true,
      participantId: true,
      company: { select: { name: true } },
      participant: { select: { firstName: true, lastName: true } },
    },
  });
  const companies = new Map(seats.map((seat) => [seat.companyId, seat.company.name]));
  if (action.type === "INTRA" && action.companyId && action.company && (!companyId || companyId === action.companyId))
    companies.set(action.companyId, action.company.name);
  if (companies.size === 0 || (companyId && !companies.has(companyId))) return null;

  const documents = await db.document.findMany({
    where: { organizationId, actionId: action.id, companyId: { in: [...companies.keys()] } },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    take: MAX_DOCUMENTS,
    select: {
      kind: true,
      title: true,
      companyId: true,
      participantId: true,
      storageKey: true,
      sha256: true,
      signatureRequests: {
        where: { status: "SIGNED", signedStorageKey: { not: null } },
        orderBy: { signedAt: "desc" },
        take: 1,
        select: { signedStorageKey: true, signedSha256: true },
      },
    },
  });
  const participantNames = new Map(
    seats.flatMap((seat) =>
      seat.participantId && seat.participant ? [[seat.participantId, `${seat.participant.firstName} ${seat.participant.lastName}`]] : [],
    ),
  );

  const used = new Set<string>();
  const uniquePath = (path: string) => {
    let candidate = `${path}.pdf`;
    for (let index = 2; used.has(candidate); index += 1) candidate = `${path} (${index}).pdf`;
    used.add(candidate);
    return candidate;
  };
  const packDocuments: PackDocument[] = documents.map((document) => {
    const companyName = companies.get(document.companyId) ?? "";
    const participantName = document.participantId ? (participantNames.get(document.participantId) ?? null) : null;
    const signed = document.signatureRequests[0];
    const name = [document.title, participantName].filter(Boolean).join(" - ");
    return {
      path: uniquePath(`${safeName(companyName)}/${FOLDERS[document.kind]}/${safeName(name)}${signed ? " (signé)" : ""}`),
      piece: DOCUMENT_TITLES[document.kind],
      companyName,
      participantName,
      storageKey: signed?.signedStorageKey ?? document.storageKey,
      signed: Boolean(signed),
      sha256: signed ? signed.signedSha256 : document.sha256,
    };
  });

  const missing = [...companies].flatMap(([id, companyName]) =>
    expectedPieces({
      action,
      today,
      participants: seats
        .filter((seat) => seat.companyId === id && seat.status === "CONFIRMED" && seat.participantId)
        .map((seat) => seat.participantId as string),
      documents: documents.filter((document) => document.companyId === id),
    }).map((piece) => ({
      piece: DOCUMENT_TITLES[piece.kind],
      companyName,
      participantName: piece.participantId ? (participantNames.get(piece.participantId) ?? null) : null,
    })),
  );

  const query = resultsQuery.parse({ action: action.id, ...(reader === "staff" && companyId ? { entreprise: companyId } : {}) });
  const byKind = await Promise.all(
    EVALUATION_KINDS.map(async (kind) => ({
      kind,
      results: await loadResults({
        organizationId,
        query: { ...query, type: kind },
        viewerCompanyId: reader === "company" ? companyId : undefined,
      }),
    })),
  );
  const ticketScope = { id: action.id, companyId };
  const reports = [
    {
      path: "evaluations/resultats.csv",
      piece: "Résultats des évaluations (agrégés)",
      content: exportResultsSummaryCsv(byKind.filter(({ results }) => results.sent > 0 || results.hiddenActions > 0)),
    },
    ...(reader === "staff"
      ? [
          {
            path: "evaluations/reponses.csv",
            piece: "Réponses aux évaluations",
            content: await exportResultsCsv({ organizationId, query }),
          },
        ]
      : []),
    {
      path: "qualite/tickets.csv",
      piece: "Tickets qualité et réclamations",
      content: await exportComplaintsCsv({ organizationId, action: ticketScope }),
    },
    ...(reader === "staff"
      ? [
          {
            path: "qualite/actions-amelioration.csv",
            piece: "Actions d’amélioration",
            content: await exportImprovementsCsv({ organizationId, actionId: action.id }),
          },
        ]
      : []),
  ];

  const companySuffix = companyId ? `-${safeName(companies.get(companyId) ?? "").replace(/\s+/g, "-")}` : "";
  return { fileName: `dossier-audit-${action.number}${companySuffix}.zip`, documents: packDocuments, missing, reports };
}
