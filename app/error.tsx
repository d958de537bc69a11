"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

// An error in a site's own layout (its branding could not be read): French, plain colours, a way back.
export default function RootError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main className="px-4 py-12">
      <ErrorPanel home="login" digest={error.digest} retry={retry} />
    </main>
  );
}
