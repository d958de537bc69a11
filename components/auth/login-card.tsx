import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

/** The frame of the login steps: the site's card, saying which organisation's extranet this is. */
export async function LoginCard({ title, children }: { title: string; children: ReactNode }) {
  const [{ branding }, t] = await Promise.all([getCurrentSite(), getTranslations()]);
  const subtitle = t("login.subtitle", { extranet: t("common.extranetName"), organization: branding.name });
  return (
    <AuthCard branding={branding} title={title} subtitle={subtitle}>
      {children}
    </AuthCard>
  );
}
