"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { KeyRound } from "lucide-react";
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { idleState } from "@/lib/actions/action-state";
import { logInWithPasskey, passkeySignInOptionsAction } from "@/lib/auth/passkeys/passkey-actions";
import { Button } from "../ui/button";

/** "Sign in with a passkey": the host's challenge, the device's answer, then Auth.js signs in (or says why not). */
export function PasskeyLoginButton() {
  const t = useTranslations();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const signIn = () =>
    startTransition(async () => {
      setProblem(null);
      if (!browserSupportsWebAuthn()) return setProblem(t("login.passkeyUnsupported"));
      const options = await passkeySignInOptionsAction(idleState, new FormData());
      if (options.status !== "success") return setProblem(t("errors.passkey_invalid"));
      const answer = await startAuthentication({ optionsJSON: JSON.parse(options.data) }).catch(() => null);
      if (!answer) return setProblem(t("login.passkeyCancelled"));
      const form = new FormData();
      form.set("passkey", JSON.stringify(answer));
      // Success redirects (the action throws Next's redirect); a refusal comes back as a form error.
      const result = await logInWithPasskey(idleState, form);
      if (result.status === "error") setProblem(t(`errors.${result.formError ?? "passkey_invalid"}`));
    });

  return (
    <div className="space-y-2">
      {problem && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      )}
      <Button type="button" variant="secondary" className="w-full gap-2" disabled={pending} onClick={signIn} data-testid="passkey-login">
        <KeyRound aria-hidden="true" className="size-4" />
        {pending ? t("login.passkeyWaiting") : t("login.passkey")}
      </Button>
    </div>
  );
}
