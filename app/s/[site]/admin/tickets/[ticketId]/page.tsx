import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { FileUploader } from "@/components/shared-files/file-uploader";
import { TicketHandlingForm, TicketReplyForm } from "@/components/tickets/ticket-forms";
import { ButtonForm } from "@/components/ui/button-form";
import { TicketView } from "@/components/tickets/ticket-view";
import { requireStaff } from "@/lib/auth/require-staff";
import { listActiveStaff } from "@/lib/staff/list-active-staff";
import { sharedFileLimits } from "@/lib/shared-files/limits";
import { getTicket } from "@/lib/tickets/get-ticket";
import { changeTicketStatusAction, staffReplyAction, updateTicketHandlingAction } from "@/lib/tickets/ticket-actions";
import { nextStatuses } from "@/lib/tickets/ticket-workflow";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function AdminTicketPage({ params }: { params: Promise<{ ticketId: string }> }) {
  const staff = await requireStaff();
  const ticket = await getTicket({
    scope: { organizationId: staff.organizationId },
    ticketId: (await pageParams(params, z.object({ ticketId: idParam }))).ticketId,
  });
  const [members, t, tImprovements] = await Promise.all([
    listActiveStaff({ staff }),
    getTranslations("tickets"),
    getTranslations("improvements"),
  ]);
  return (
    <div className="space-y-4">
      <Link href="/admin/tickets" className="text-sm text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">
        n° {ticket.number} · {ticket.subject}
      </h1>
      <div className="flex flex-wrap gap-2">
        {nextStatuses(ticket.status).map((status) => (
          <ButtonForm
            key={status}
            action={changeTicketStatusAction}
            errors="tickets.errors"
            refresh
            className="inline-flex flex-col gap-1"
            submit={{ label: t(`moveTo.${status}`) }}
          >
            <input type="hidden" name="ticketId" value={ticket.id} />
            <input type="hidden" name="status" value={status} />
          </ButtonForm>
        ))}
        <Link
          href={`/admin/qualite/ameliorations?ticket=${ticket.id}`}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
        >
          {tImprovements("fromTicket")}
        </Link>
      </div>
      <TicketView ticket={ticket} downloadPath={(id) => `/admin/stockage/fichiers/${id}?entreprise=${ticket.companyId}`} />
      <Card as="section" className="space-y-2" aria-labelledby="handling-title">
        <h2 id="handling-title" className="text-lg font-semibold">
          {t("handling")}
        </h2>
        <TicketHandlingForm
          action={updateTicketHandlingAction as never}
          ticketId={ticket.id}
          staff={members.map((member) => ({ id: member.id, name: `${member.firstName} ${member.lastName}` }))}
          values={{
            ownerUserId: ticket.ownerUserId,
            severity: ticket.severity,
            analysis: ticket.analysis,
            correctiveAction: ticket.correctiveAction,
          }}
        />
      </Card>
      {ticket.status !== "CLOSED" && (
        <>
          <TicketReplyForm action={staffReplyAction} ticketId={ticket.id} />
          <section aria-labelledby="attach-title" className="space-y-2">
            <h2 id="attach-title" className="text-lg font-semibold">
              {t("attachments")}
            </h2>
            <FileUploader uploadUrl={`/admin/tickets/${ticket.id}/pieces-jointes`} maxFileBytes={sharedFileLimits().maxFileBytes} />
          </section>
        </>
      )}
    </div>
  );
}
