import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginCard } from "@/components/auth/login-card";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { requireAccountHolder } from "@/lib/auth/two-factor/require-account-holder";

export async function generateMetadata() {
  return { title: (await getTranslations("security.twoFactor"))("title") };
}

/** Where the rules send a user who must enrol an authenticator app (administrators; contacts when the organisation says so). */
export default async function TwoFactorEnrolmentPage() {
  const [holder, t] = await Promise.all([requireAccountHolder(), getTranslations("security.twoFactor")]);
  if (holder.twoFactorEnabled) redirect(holder.homePath);
  return (
    <LoginCard title={t("title")}>
      <TwoFactorPanel holder={holder} issuer={holder.site.branding.name} />
    </LoginCard>
  );
}
