"use client";

import { NextIntlClientProvider } from "next-intl";
import { ErrorPanel } from "@/components/shell/error-panel";
import messages from "@/messages/fr/shell.json";
import "./globals.css";

// The last resort, when the root layout itself fails (no locale, no catalogue loaded): the French texts
// of the same catalogue, so Next's bare English page never shows.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider locale="fr" messages={{ notFound: messages.notFound, errorPage: messages.errorPage }}>
          <main className="px-4 py-12">
            <ErrorPanel home="login" digest={error.digest} retry={retry} />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
