import { getTranslations } from "next-intl/server";

export async function ComingSoon({ section }: { section: string }) {
  const t = await getTranslations("common");
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
      <h1 className="text-xl font-semibold">{section}</h1>
      <p className="mt-2 font-medium text-slate-800">{t("comingSoonTitle")}</p>
      <p className="mt-1 text-slate-600">{t("comingSoonBody", { section })}</p>
    </section>
  );
}
