import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import { notifyStaff } from "../email/notify-staff";

/** Tells the organisation's staff that a company put a file in its storage space, with a link to it. */
export function notifySharedFileUploaded({
  tx,
  organizationId,
  company,
  file,
}: {
  tx: TransactionClient;
  organizationId: string;
  company: { id: string; name: string };
  file: { name: string; sizeBytes: number };
}): Promise<void> {
  return notifyStaff({
    tx,
    organizationId,
    template: "shared-file-uploaded",
    subject: `${company.name} a déposé « ${file.name} »`,
    headline: `${company.name} a déposé un fichier dans son espace de stockage`,
    paragraphs: [`Fichier : ${file.name} (${Math.ceil(file.sizeBytes / 1024)} Ko)`],
    action: { path: `/admin/stockage?entreprise=${company.id}`, label: "Voir l’espace de stockage" },
  });
}
