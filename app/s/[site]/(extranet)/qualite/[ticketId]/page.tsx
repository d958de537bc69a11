import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { FileUploader } from "@/components/shared-files/file-uploader";
import { TicketReplyForm } from "@/components/tickets/ticket-forms";
import { ButtonForm } from "@/components/ui/button-form";
import { TicketView } from "@/components/tickets/ticket-view";
import { requireContact } from "@/lib/auth/require-contact";
import { enumFilter, idParam, pageParams, pageQuery } from "@/lib/http/request-params";
import { sharedFileLimits } from "@/lib/shared-files/limits";
import { viewedCompanies, viewedCompaniesScope } from "@/lib/tenancy/viewed-companies";
import { getTicket } from "@/lib/tickets/get-ticket";
import { contactReplyAction, reopenTicketAction } from "@/lib/tickets/ticket-actions";

export default async function TicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ ticketId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireContact();
  const [{ ticketId }, { pieces }] = await Promise.all([
    pageParams(params, z.object({ ticketId: idParam })),
    pageQuery(searchParams, z.object({ pieces: enumFilter(["incompletes"]) })),
  ]);
  const ticket = await getTicket({ scope: viewedCompaniesScope(viewedCompanies(context)), ticketId });
  // The group view reads a subsidiary's ticket; answering it happens in that company's extranet view.
  const writable = ticket.companyId === context.company.id;
  const t = await getTranslations("tickets");
  return (
    <div className="space-y-4">
      <Link href="/qualite" className="text-sm text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">
        n° {ticket.number} · {ticket.subject}
      </h1>
      {pieces === "incompletes" && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("attachmentsIncomplete")}
        </p>
      )}
      <TicketView ticket={ticket} downloadPath={(id) => `/stockage/fichiers/${id}`} />
      {!writable && <p className="text-slate-700">{t("answerInCompany", { company: ticket.companyName })}</p>}
      {writable && ticket.canReopen && (
        <ButtonForm
          action={reopenTicketAction}
          errors="tickets.errors"
          refresh
          className="inline-flex flex-col gap-1"
          submit={{ label: t("reopen"), variant: "secondary" }}
        >
          <input type="hidden" name="ticketId" value={ticket.id} />
        </ButtonForm>
      )}
      {!writable ? null : ticket.status !== "CLOSED" ? (
        <>
          <TicketReplyForm action={contactReplyAction} ticketId={ticket.id} />
          <section aria-labelledby="attach-title" className="space-y-2">
            <h2 id="attach-title" className="text-lg font-semibold">
              {t("attachments")}
            </h2>
            <FileUploader uploadUrl={`/qualite/${ticket.id}/pieces-jointes`} maxFileBytes={sharedFileLimits().maxFileBytes} />
          </section>
        </>
      ) : (
        <p className="text-slate-600">{t("closedNote")}</p>
      )}
    </div>
  );
}
