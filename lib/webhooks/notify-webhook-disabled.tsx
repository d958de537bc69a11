import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { WEBHOOK_DISABLE_AFTER_FAILURES } from "./webhook-limits";

/** To every administrator of the organisation: an endpoint kept failing and was disabled (in the transaction that disables it). */
export async function notifyWebhookDisabled({
  tx,
  endpoint,
}: {
  tx: TransactionClient;
  endpoint: { organizationId: string; url: string };
}) {
  const admins = await tx.user.findMany({
    where: { organizationId: endpoint.organizationId, kind: "STAFF", staffRole: "ADMIN", disabledAt: null },
    select: { email: true },
    orderBy: { createdAt: "asc" },
  });
  const brand = await getBrand({ db: tx, organizationId: endpoint.organizationId });
  for (const { email } of admins) {
    await enqueueEmail({
      db: tx,
      organizationId: endpoint.organizationId,
      template: "webhook-disabled",
      to: email,
      subject: "Un webhook a été désactivé",
      body: (
        <NoticeEmail
          brand={brand}
          headline="Un point de réception des webhooks a été désactivé"
          paragraphs={[
            `L’adresse ${endpoint.url} a échoué ${WEBHOOK_DISABLE_AFTER_FAILURES} fois de suite : Passerelle a cessé de lui envoyer des événements.`,
            "Corrigez le service qui reçoit les webhooks, puis réactivez l’adresse depuis la page API de l’administration.",
          ]}
          action={{ href: `${brand.baseUrl}/admin/api`, label: "Ouvrir la page API" }}
        />
      ),
    });
  }
}
