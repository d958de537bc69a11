import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageProblem, PROBLEM_HOME_HREF, PROBLEM_LINK_CLASS, type ProblemHome } from "./page-problem";

/** A French 404 inside the site's frame, with the way back to the home of the part the visitor is in. */
export async function NotFoundPanel({ home }: { home: ProblemHome }) {
  const t = await getTranslations("notFound");
  return (
    <PageProblem code="404" title={t("title")} body={<p>{t("body")}</p>}>
      <Link href={PROBLEM_HOME_HREF[home]} className={PROBLEM_LINK_CLASS}>
        {t(`backTo.${home}`)}
      </Link>
    </PageProblem>
  );
}
