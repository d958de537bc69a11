"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { verifyDocument } from "@/lib/signatures/verify-document-action";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";

export function VerificationForm({ organization }: { organization: string }) {
  const t = useTranslations("verification");
  const format = useFormatter();
  const [state, action, pending] = useActionState(verifyDocument, idleState);
  const errors =
    state.status === "error"
      ? (Object.values(state.fieldErrors ?? {})
          .flat()
          .filter(Boolean) as string[])
      : [];
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4">
        {errors.length > 0 && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {[...new Set(errors)].map((key) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid_input"))).join(" ")}
          </p>
        )}
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
          <input id="file" name="file" type="file" accept="application/pdf,.pdf" className="block w-full text-sm" />
        </div>
        <p className="text-sm text-slate-600">{t("or")}</p>
        <TextField
          name="sha256"
          label={t("sha256")}
          spellCheck={false}
          autoComplete="off"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {state.status === "success" && (
        <div
          role="status"
          data-testid="verification-result"
          className={`rounded-md px-4 py-3 text-sm ${state.data.match ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
        >
          {state.data.match ? (
            <>
              <p>
                {t("match", {
                  title: state.data.match.documentTitle,
                  name: state.data.match.signerName,
                  company: state.data.match.companyName,
                  date: format.dateTime(new Date(state.data.match.signedAt), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
                })}
              </p>
              {state.data.match.signerFunction && <p>{t("matchFunction", { function: state.data.match.signerFunction })}</p>}
            </>
          ) : (
            <p className="break-all">{t("noMatch", { organization, sha256: state.data.sha256 })}</p>
          )}
        </div>
      )}
    </div>
  );
}
