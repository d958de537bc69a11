import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { SendModeFields } from "@/components/documents/send-mode-fields";
import { requireStaff } from "@/lib/auth/require-staff";
import { getStaffDocument } from "@/lib/documents/get-staff-document";
import { sendDocument } from "@/lib/documents/send-document-action";
import { cancelSignatureRequest } from "@/lib/signatures/cancel-signature-request-action";
import { resendSignatureRequest } from "@/lib/signatures/resend-signature-request-action";
import { idParam, pageParams } from "@/lib/http/request-params";

const utc = (date: Date | null) => (date ? `${date.toISOString().replace("T", " ").slice(0, 19)} UTC` : "—");

export default async function AdminDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const document = await getStaffDocument({ staff, documentId: id });
  const [t, format] = await Promise.all([getTranslations("documents"), getFormatter()]);
  const live = document.signatureRequests.some((request) => request.status !== "CANCELLED");
  const sentPlain = document.sentAt !== null && document.signatureRequests.length === 0;
  const file = `/admin/documents/${document.id}/fichier`;

  return (
    <div className="space-y-6">
      <Link href="/admin/documents" className="text-sm text-slate-700 underline">
        {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-semibold">{document.title}</h1>
        <p className="text-slate-700">{`${t(`kinds.${document.kind}`)} · ${document.company.name}${document.action ? ` · ${document.action.number}` : ""}`}</p>
      </header>
      <section aria-labelledby="details-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="details-title" className="mb-3 text-lg font-semibold">
          {t("admin.details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {document.participant && (
            <>
              <dt className="text-slate-600">{t("admin.participantLabel")}</dt>
              <dd>{`${document.participant.firstName} ${document.participant.lastName}`}</dd>
            </>
          )}
          <dt className="text-slate-600">{t("columns.createdAt")}</dt>
          <dd>{format.dateTime(document.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          <dt className="text-slate-600">{t("admin.pages")}</dt>
          <dd>{document.pageCount}</dd>
          <dt className="text-slate-600">{t("admin.size")}</dt>
          <dd>{`${Math.ceil(document.sizeBytes / 1024)} Ko`}</dd>
          <dt className="text-slate-600">{t("admin.sha256")}</dt>
          <dd className="font-mono text-xs break-all">{document.sha256}</dd>
        </dl>
        <a
          href={file}
          className="mt-4 inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
          data-testid="staff-download"
        >
          {t("download")}
        </a>
      </section>

      <section aria-labelledby="send-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="send-title" className="mb-1 text-lg font-semibold">
          {t("admin.sendTitle")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("admin.sendHint")}</p>
        {sentPlain && (
          <p className="mb-3 text-sm">
            {t("admin.sentPlain", { date: format.dateTime(document.sentAt!, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        )}
        {!live && !sentPlain && (
          <ButtonForm
            action={sendDocument}
            submit={{ label: t("admin.send"), pendingLabel: t("admin.sending") }}
            successText={t("admin.sent")}
            errors="documents.errors"
            refresh
            className="space-y-4"
            testId="send-form"
          >
            <input type="hidden" name="documentId" value={document.id} />
            <SendModeFields
              allowPlain={document.signatureRequests.length === 0}
              signers={document.signers.map((signer) => ({
                id: signer.id,
                label: `${signer.firstName} ${signer.lastName}${signer.jobTitle ? ` — ${signer.jobTitle}` : ""}`,
              }))}
              pageCount={document.pageCount}
              labels={{
                plain: t("admin.modePlain"),
                signature: t("admin.modeSignature"),
                signer: t("admin.signer"),
                stampPage: t("admin.stampPage"),
                noSigner: t("admin.noSigner"),
              }}
            />
          </ButtonForm>
        )}
      </section>

      {document.signatureRequests.length > 0 && (
        <section aria-labelledby="requests-title" className="space-y-4">
          <h2 id="requests-title" className="text-lg font-semibold">
            {t("admin.requestsTitle")}
          </h2>
          {document.signatureRequests.map((request) => (
            <article key={request.id} className="space-y-3 rounded-lg bg-white p-5 shadow-sm" data-testid="signature-request">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  {t("admin.signerLine", {
                    name: `${request.signer.firstName} ${request.signer.lastName}`,
                    email: request.signerEmail ?? "—",
                  })}
                </p>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold" data-testid="request-status">
                  {t(`admin.requestStatus.${request.status}`)}
                </span>
              </div>
              {request.status === "SIGNED" && (
                <div>
                  <h3 className="font-semibold">{t("admin.evidence")}</h3>
                  <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="text-slate-600">{t("admin.evidenceSigner")}</dt>
                    <dd>{`${request.signerName ?? ""} — ${request.signerFunction ?? ""}`}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceTime")}</dt>
                    <dd>{utc(request.signedAt)}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceCode")}</dt>
                    <dd>{utc(request.otpVerifiedAt)}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceIp")}</dt>
                    <dd>{request.signedIp}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceAgent")}</dt>
                    <dd className="break-all">{request.signedUserAgent}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceOriginal")}</dt>
                    <dd className="font-mono text-xs break-all">{request.originalSha256}</dd>
                    <dt className="text-slate-600">{t("admin.evidenceSigned")}</dt>
                    <dd className="font-mono text-xs break-all">{request.signedSha256}</dd>
                  </dl>
                  <a
                    href={`${file}?demande=${request.id}`}
                    className="mt-3 inline-block rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast"
                  >
                    {t("admin.downloadSigned")}
                  </a>
                </div>
              )}
              <div>
                <h3 className="font-semibold">{t("admin.history")}</h3>
                <ol className="text-sm">
                  {request.events.map((event) => (
                    <li
                      key={event.id}
                    >{`${utc(event.occurredAt)} — ${t.has(`admin.events.${event.type}`) ? t(`admin.events.${event.type}`) : event.type}${event.ip ? ` (${event.ip})` : ""}`}</li>
                  ))}
                </ol>
              </div>
              {(request.status === "PENDING" || request.status === "VIEWED") && (
                <div className="flex flex-wrap gap-3">
                  <ButtonForm
                    action={resendSignatureRequest}
                    submit={{ label: t("admin.resend"), pendingLabel: t("admin.sending"), variant: "secondary" }}
                    successText={t("admin.done")}
                    errors="documents.errors"
                    refresh
                    className="space-y-2"
                  >
                    <input type="hidden" name="requestId" value={request.id} />
                  </ButtonForm>
                  <ButtonForm
                    action={cancelSignatureRequest}
                    submit={{ label: t("admin.cancel"), pendingLabel: t("admin.sending"), variant: "secondary" }}
                    successText={t("admin.done")}
                    errors="documents.errors"
                    refresh
                    className="space-y-2"
                  >
                    <input type="hidden" name="requestId" value={request.id} />
                  </ButtonForm>
                </div>
              )}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
