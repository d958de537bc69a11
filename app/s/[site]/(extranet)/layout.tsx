import { Suspense, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PreviewBanner } from "@/components/preview/preview-banner";
import { BellLink, NotificationBell } from "@/components/notifications/notification-bell";
import { AppShell } from "@/components/shell/app-shell";
import { CompanySwitcher } from "@/components/shell/company-switcher";
import { GROUP_VIEW_CHOICE } from "@/lib/auth/group-view-choice";
import { requireContactAnyPath } from "@/lib/auth/require-contact";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { EXTRANET_SECTIONS } from "@/lib/navigation/sections";
import { roleOpensPath } from "@/lib/tenancy/contact-permissions";

export default async function ExtranetLayout({ children }: { children: ReactNode }) {
  const [context, t] = await Promise.all([requireContactAnyPath(), getTranslations()]);
  return (
    <ClientMessages area="extranet">
      {context.preview && <PreviewBanner company={context.company.name} />}
      <AppShell
        branding={context.site.branding}
        area={t("common.extranetName")}
        userName={`${context.user.firstName} ${context.user.lastName}`}
        links={EXTRANET_SECTIONS.filter((section) => roleOpensPath(context.role, section.href)).map((section) => ({
          href: section.href,
          label: t(`nav.${section.key}`),
        }))}
        root="/"
        headerExtra={
          context.companies.length > 1 && (
            <CompanySwitcher companies={context.companies} currentId={context.groupView ? GROUP_VIEW_CHOICE : context.company.id} />
          )
        }
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
