"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

// An error outside the extranet, the admin and the catalogue: the site's colours, the way to the login page.
export default function SiteError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main className="px-4 py-12">
      <ErrorPanel home="login" digest={error.digest} retry={retry} />
    </main>
  );
}
