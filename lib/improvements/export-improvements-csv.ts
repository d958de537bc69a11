import "server-only";
import { csvDateTime, excelCsv } from "../csv/excel-csv";
import { db } from "../db";
import { IMPROVEMENT_SOURCE_LABELS, IMPROVEMENT_STATUS_LABELS } from "./improvement-workflow";
import { listImprovements } from "./manage-improvements";

const HEADERS = [
  "Créée le",
  "Origine",
  "Action de formation",
  "Intitulé",
  "Description",
  "Responsable",
  "Échéance",
  "Statut",
  "Résultat constaté",
];

/** The improvement register (indicator 32), for the audit: the export's table. Scoped to the organisation (or one action). */
export async function improvementsExportTable({ organizationId, actionId }: { organizationId: string; actionId?: string }) {
  const improvements = await listImprovements({ organizationId, actionId, take: 5000 });
  const ownerIds = [...new Set(improvements.map((row) => row.ownerUserId).filter((id): id is string => Boolean(id)))];
  const owners = await db.user.findMany({
    where: { organizationId, id: { in: ownerIds } },
    select: { id: true, firstName: true, lastName: true },
    take: ownerIds.length || 1,
  });
  const ownerName = (id: string | null) => {
    const owner = owners.find((candidate) => candidate.id === id);
    return owner ? `${owner.firstName} ${owner.lastName}` : "";
  };
  return {
    headers: HEADERS,
    rows: improvements.map((row) => [
      csvDateTime(row.createdAt),
      IMPROVEMENT_SOURCE_LABELS[row.source],
      row.action ? `${row.action.number} ${row.action.title}` : "",
      row.title,
      row.description,
      ownerName(row.ownerUserId),
      row.dueDate ? row.dueDate.toISOString().slice(0, 10) : "",
      IMPROVEMENT_STATUS_LABELS[row.status],
      row.outcome,
    ]),
  };
}

/** The same register, CSV for Excel. */
export async function exportImprovementsCsv(options: { organizationId: string; actionId?: string }): Promise<string> {
  const table = await improvementsExportTable(options);
  return excelCsv(table.headers, table.rows);
}
