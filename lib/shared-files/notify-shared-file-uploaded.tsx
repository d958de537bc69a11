import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { staffRecipients } from "./staff-recipients";

/** Tells the organisation's staff that a company put a file in its storage space, with a link to it. */
export async function notifySharedFileUploaded({
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
  const brand = await getBrand({ db: tx, organizationId });
  for (const to of await staffRecipients({ db: tx, organizationId })) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template: "shared-file-uploaded",
      to,
      subject: `${company.name} a déposé « ${file.name} »`,
      body: (
        <NoticeEmail
          brand={brand}
          headline={`${company.name} a déposé un fichier dans son espace de stockage`}
          paragraphs={[`Fichier : ${file.name} (${Math.ceil(file.sizeBytes / 1024)} Ko)`]}
          action={{ href: `${brand.baseUrl}/admin/stockage?entreprise=${company.id}`, label: "Voir l’espace de stockage" }}
        />
      ),
    });
  }
}
