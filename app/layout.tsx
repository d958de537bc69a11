import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import "@fontsource-variable/inter";
import "./globals.css";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <ClientMessages area="shell">{children}</ClientMessages>
      </body>
    </html>
  );
}
