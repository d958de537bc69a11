import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageProblem, PROBLEM_LINK_CLASS } from "@/components/shell/page-problem";

// A path outside every site's pages (the site ones have their own 404 in their frame).
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="px-4 py-12">
      <PageProblem code="404" title={t("title")} body={<p>{t("body")}</p>}>
        <Link href="/" className={PROBLEM_LINK_CLASS}>
          {t("back")}
        </Link>
      </PageProblem>
    </main>
  );
}
