import { notFound } from "next/navigation";
import { requireContact } from "@/lib/auth/require-contact";
import { queryCounting } from "@/lib/db/client";

// Benchmark only (`npm run bench` starts the server with PASSERELLE_BENCH_QUERY_COUNT=1; otherwise 404):
// the floor page, what every extranet page costs before its own data — the session re-check and the shell.
export default async function BenchFloorPage() {
  if (!queryCounting()) notFound();
  const context = await requireContact();
  return <p>{context.company.name}</p>;
}
