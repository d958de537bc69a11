import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { LoginCard } from "@/components/auth/login-card";
import { spendSignInLinkAction } from "@/lib/auth/email-link/sign-in-link-actions";
import { pageParams, tokenParam } from "@/lib/http/request-params";
import { z } from "zod";

/** The link's landing page: nothing is spent until the button is pressed (a POST), so a mail scanner opening the link signs no one in. */
export default async function SignInLinkPage({ params }: { params: Promise<unknown> }) {
  const [{ token }, t] = await Promise.all([pageParams(params, z.object({ token: tokenParam })), getTranslations("security.signInLink")]);
  return (
    <LoginCard title={t("landingTitle")}>
      <p className="mb-4 text-slate-700">{t("landingIntro")}</p>
      <ActionForm
        action={spendSignInLinkAction}
        testId="sign-in-link-use"
        submitLabel={t("landingSubmit")}
        fields={[{ type: "hidden", name: "token", value: token }]}
      />
    </LoginCard>
  );
}
