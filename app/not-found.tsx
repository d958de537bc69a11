import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand underline underline-offset-4">
        {t("back")}
      </Link>
    </main>
  );
}
