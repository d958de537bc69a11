"use client";

import { useFormatter, useTranslations } from "next-intl";
import { verifyDocument } from "@/lib/signatures/verify-document-action";
import { Button } from "../ui/button";
import { FieldFrame, TextField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** A signed PDF, or its SHA-256, checked against this organisation's signatures; the errors of both in one message above. */
export function VerificationForm({ organization }: { organization: string }) {
  const t = useTranslations("verification");
  const format = useFormatter();
  const form = useActionForm(verifyDocument, { errors: "verification.errors" });
  const result = form.data;
  return (
    <div className="space-y-4">
      <form action={form.action} className="space-y-4">
        <FormMessages error={form.allErrors.join(" ") || undefined} />
        <FieldFrame id="file" label={t("file")}>
          <input id="file" name="file" type="file" accept="application/pdf,.pdf" className="block w-full text-sm" />
        </FieldFrame>
        <p className="text-sm text-slate-600">{t("or")}</p>
        <TextField
          name="sha256"
          label={t("sha256")}
          spellCheck={false}
          autoComplete="off"
          defaultValue={form.value("sha256")}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {result && (
        <div
          role="status"
          data-testid="verification-result"
          className={`rounded-md px-4 py-3 text-sm ${result.match ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
        >
          {result.match ? (
            <>
              <p>
                {t("match", {
                  title: result.match.documentTitle,
                  name: result.match.signerName,
                  company: result.match.companyName,
                  date: format.dateTime(new Date(result.match.signedAt), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
                })}
              </p>
              {result.match.signerFunction && <p>{t("matchFunction", { function: result.match.signerFunction })}</p>}
            </>
          ) : (
            <p className="break-all">{t("noMatch", { organization, sha256: result.sha256 })}</p>
          )}
        </div>
      )}
    </div>
  );
}
