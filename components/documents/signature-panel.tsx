"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { requestSignatureCode } from "@/lib/signatures/request-signature-code-action";
import { signDocumentAction } from "@/lib/signatures/sign-document-action";
import { Button } from "../ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { SignaturePad } from "./signature-pad";

/**
 * The signer's side: identity (name and function), a typed or drawn signature, consent, then the
 * one-time code sent to their login email. Fields are controlled so asking for a code keeps them.
 */
export function SignaturePanel({ requestId, defaultName }: { requestId: string; defaultName: string }) {
  const t = useTranslations("signatures");
  const askCode = useActionForm(requestSignatureCode, { errors: "signatures.errors" });
  const sign = useActionForm(signDocumentAction, { errors: "signatures.errors", refresh: true });
  const [name, setName] = useState(defaultName);
  const [role, setRole] = useState("");
  const [mode, setMode] = useState<"typed" | "drawn">("typed");
  const [typed, setTyped] = useState(defaultName);
  const [code, setCode] = useState("");
  const [consent, setConsent] = useState(false);

  if (sign.succeeded) return <FormMessages success={t("signed")} />;
  // The signing's refusal first; the code request's only while the signing has none.
  const formError = sign.state.status === "error" ? sign.formError : askCode.formError;
  const drawnErrors = sign.fieldErrors("drawnSignature");

  return (
    <form className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessages error={formError} />
      <TextField
        name="signerName"
        label={t("name")}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="name"
        required
        errors={sign.fieldErrors("signerName")}
      />
      <TextField
        name="signerFunction"
        label={t("function")}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        autoComplete="organization-title"
        required
        errors={sign.fieldErrors("signerFunction")}
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
            errors={sign.fieldErrors("typedSignature")}
          />
        ) : (
          <>
            <SignaturePad name="drawnSignature" label={t("drawLabel")} clearLabel={t("clear")} />
            {drawnErrors && <p className="text-sm text-red-700">{drawnErrors.join(" ")}</p>}
          </>
        )}
      </fieldset>
      <CheckboxField
        name="consent"
        label={t("consent")}
        checked={consent}
        onChange={(event) => setConsent(event.target.checked)}
        errors={sign.fieldErrors("consent")}
      />
      <div>
        <Button type="submit" variant="secondary" formAction={askCode.action} disabled={askCode.pending}>
          {askCode.pending ? t("sendingCode") : t("sendCode")}
        </Button>
        {askCode.data && (
          <p role="status" className="mt-2 text-sm text-slate-700">
            {t("codeSent", { email: askCode.data.email })}
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
        errors={sign.fieldErrors("code")}
      />
      <Button type="submit" formAction={sign.action} disabled={sign.pending}>
        {sign.pending ? t("signing") : t("sign")}
      </Button>
    </form>
  );
}
