import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { retryEmailAction } from "@/lib/emails/email-actions";
import { getEmail } from "@/lib/emails/get-email";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const [email, t, format] = await Promise.all([getEmail({ staff, emailId: id }), getTranslations("emails"), getFormatter()]);
  return (
    <div className="space-y-4">
      <Link href="/admin/emails" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{email.subject}</h1>
      <Card as="dl" padding="lg" className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("to")}</dt>
        <dd data-testid="email-to">{email.to}</dd>
        <dt className="font-medium">{t("date")}</dt>
        <dd>{format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>
          {t(`statuses.${email.status}`)} · {t("attempts", { count: email.attempts })}
        </dd>
        {email.lastError && (
          <>
            <dt className="font-medium">{t("lastError")}</dt>
            <dd className="text-red-800">{email.lastError}</dd>
          </>
        )}
      </Card>
      {email.carriesSecret && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="email-redacted"
        >
          {t("secretRedacted")}
        </p>
      )}
      {email.status === "FAILED" && (
        <ActionForm action={retryEmailAction} fields={[{ type: "hidden", name: "emailId", value: email.id }]} submitLabel={t("retry")} />
      )}
      <section aria-labelledby="rendering-title" className="space-y-2">
        <h2 id="rendering-title" className="text-lg font-semibold">
          {t("rendering")}
        </h2>
        {/* The stored HTML runs in a sandbox without scripts, same-origin or forms: it cannot touch this page. */}
        <iframe
          title={t("renderingTitle", { subject: email.subject })}
          sandbox=""
          srcDoc={email.html}
          className="h-[600px] w-full rounded-xl border border-slate-200 bg-white"
          data-testid="email-rendering"
        />
        <Card as="details" padding="sm" className="text-sm">
          <summary className="cursor-pointer font-medium">{t("plainText")}</summary>
          <pre className="mt-2 break-words whitespace-pre-wrap" data-testid="email-text">
            {email.text}
          </pre>
        </Card>
      </section>
    </div>
  );
}
