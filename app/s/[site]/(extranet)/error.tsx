"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel home="dashboard" digest={error.digest} retry={retry} />;
}
