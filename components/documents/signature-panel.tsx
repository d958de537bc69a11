"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { requestSignatureCode } from "@/lib/signatures/request-signature-code-action";
import { signDocumentAction } from "@/lib/signatures/sign-document-action";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { SignaturePad } from "./signature-pad";

/**
 * The signer's side: identity (name and function), a typed or drawn signature, consent, then the
 * one-time code sent to their login email. Fields are controlled so asking for a code keeps them.
 */
export function SignaturePanel({ requestId, defaultName }: { requestId: string; defaultName: string }) {
  const t = useTranslations("signatures");
  const router = useRouter();
  const [codeState, askCode, askingCode] = useActionState(requestSignatureCode, idleState);
  const [signState, sign, signing] = useActionState(signDocumentAction, idleState);
  const [name, setName] = useState(defaultName);
  const [role, setRole] = useState("");
  const [mode, setMode] = useState<"typed" | "drawn">("typed");
  const [typed, setTyped] = useState(defaultName);
  const [code, setCode] = useState("");
  const [consent, setConsent] = useState(false);

  useEffect(() => {
    if (signState.status === "success") router.refresh();
  }, [signState.status, router]);

  if (signState.status === "success") {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
        {t("signed")}
      </p>
    );
  }
  const error = signState.status === "error" ? signState : codeState.status === "error" ? codeState : null;
  const fieldErrors = (field: string) =>
    signState.status === "error" ? signState.fieldErrors?.[field]?.map((key) => t(`errors.${key}`)) : undefined;

  return (
    <form className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${error.formError}`)}
        </p>
      )}
      <TextField
        name="signerName"
        label={t("name")}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="name"
        required
        errors={fieldErrors("signerName")}
      />
      <TextField
        name="signerFunction"
        label={t("function")}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        autoComplete="organization-title"
        required
        errors={fieldErrors("signerFunction")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("mode")}</legend>
        <div className="flex gap-4 text-sm">
          {(["typed", "drawn"] as const).map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input type="radio" name="signatureMode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {t(option)}
            </label>
          ))}
        </div>
        {mode === "typed" ? (
          <TextField
            name="typedSignature"
            label={t("typedLabel")}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-serif text-2xl italic"
            errors={fieldErrors("typedSignature")}
          />
        ) : (
          <>
            <SignaturePad name="drawnSignature" label={t("drawLabel")} clearLabel={t("clear")} />
            {fieldErrors("drawnSignature") && <p className="text-sm text-red-700">{fieldErrors("drawnSignature")!.join(" ")}</p>}
          </>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="consent" checked={consent} onChange={(event) => setConsent(event.target.checked)} className="mt-1" />
        <span>{t("consent")}</span>
      </label>
      {fieldErrors("consent") && <p className="text-sm text-red-700">{fieldErrors("consent")!.join(" ")}</p>}
      <div>
        <Button type="submit" variant="secondary" formAction={askCode} disabled={askingCode}>
          {askingCode ? t("sendingCode") : t("sendCode")}
        </Button>
        {codeState.status === "success" && (
          <p role="status" className="mt-2 text-sm text-slate-700">
            {t("codeSent", { email: codeState.data?.email ?? "" })}
          </p>
        )}
      </div>
      <TextField
        name="code"
        label={t("code")}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        errors={fieldErrors("code")}
      />
      <Button type="submit" formAction={sign} disabled={signing}>
        {signing ? t("signing") : t("sign")}
      </Button>
    </form>
  );
}
