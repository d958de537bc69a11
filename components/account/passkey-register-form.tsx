"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { idleState } from "@/lib/actions/action-state";
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from "@/lib/auth/passkeys/passkey-actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Names a new passkey, asks the device to create it for this host, and hands it to the server to check and keep. */
export function PasskeyRegisterForm() {
  const t = useTranslations();
  const router = useRouter();
  const [name, setName] = useState("");
  const [nameErrors, setNameErrors] = useState<string[] | undefined>();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const add = () =>
    startTransition(async () => {
      setMessage(null);
      setNameErrors(undefined);
      if (!name.trim()) return setNameErrors([t("formErrors.passkey_name_required")]);
      if (!browserSupportsWebAuthn()) return setMessage({ tone: "error", text: t("security.passkeys.unsupported") });
      const options = await passkeyRegistrationOptionsAction(idleState, new FormData());
      if (options.status !== "success") return setMessage({ tone: "error", text: t("formErrors.passkey_invalid") });
      const answer = await startRegistration({ optionsJSON: JSON.parse(options.data) }).catch(() => null);
      if (!answer) return setMessage({ tone: "error", text: t("security.passkeys.cancelled") });
      const form = new FormData();
      form.set("name", name);
      form.set("response", JSON.stringify(answer));
      const result = await registerPasskeyAction(idleState, form);
      if (result.status === "error") {
        setNameErrors(result.fieldErrors?.name?.map((key) => t(`formErrors.${key}`)));
        if (result.formError) setMessage({ tone: "error", text: t(`formErrors.${result.formError}`) });
        return;
      }
      setName("");
      setMessage({ tone: "success", text: t("actionResults.passkey_added") });
      router.refresh();
    });

  return (
    <form
      className="space-y-3"
      noValidate
      data-testid="passkey-register"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={
            message.tone === "error"
              ? "rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
              : "rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
          }
        >
          {message.text}
        </p>
      )}
      <TextField
        name="name"
        id="passkey-name"
        label={t("security.passkeys.name")}
        hint={t("security.passkeys.nameHint")}
        maxLength={60}
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={nameErrors}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("security.passkeys.adding") : t("security.passkeys.add")}
      </Button>
    </form>
  );
}
