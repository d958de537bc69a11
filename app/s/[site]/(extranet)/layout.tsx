import { Suspense, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PreviewBanner } from "@/components/preview/preview-banner";
import { BellLink, NotificationBell } from "@/components/notifications/notification-bell";
import { AppShell } from "@/components/shell/app-shell";
import { CompanySwitcher } from "@/components/shell/company-switcher";
import { requireContact } from "@/lib/auth/require-contact";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { EXTRANET_SECTIONS } from "@/lib/navigation/sections";

export default async function ExtranetLayout({ children }: { children: ReactNode }) {
  const [context, t] = await Promise.all([requireContact(), getTranslations()]);
  return (
    <ClientMessages area="extranet">
      {context.preview && <PreviewBanner company={context.company.name} />}
      <AppShell
        branding={context.site.branding}
        area={t("common.extranetName")}
        userName={`${context.user.firstName} ${context.user.lastName}`}
        links={EXTRANET_SECTIONS.map((section) => ({ href: section.href, label: t(`nav.${section.key}`) }))}
        root="/"
        headerExtra={context.companies.length > 1 && <CompanySwitcher companies={context.companies} currentId={context.company.id} />}
        alerts={
          <Suspense fallback={<BellLink label={t("notifications.bell")} count={0} />}>
            <NotificationBell organizationId={context.organizationId} contactId={context.contactId} />
          </Suspense>
        }
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
