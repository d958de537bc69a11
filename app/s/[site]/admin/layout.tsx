import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireStaff } from "@/lib/auth/require-staff";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { ADMIN_SECTIONS } from "@/lib/navigation/sections";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [staff, t] = await Promise.all([requireStaff(), getTranslations("admin")]);
  return (
    <ClientMessages area="admin">
      <AppShell
        branding={staff.site.branding}
        area={t("title")}
        userName={`${staff.user.firstName} ${staff.user.lastName}`}
        links={ADMIN_SECTIONS.filter((section) => !("adminOnly" in section) || staff.user.role === "ADMIN").map((section) => ({
          href: section.href,
          label: t(`nav.${section.key}`),
        }))}
        root="/admin"
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
