"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PageProblem, PROBLEM_HOME_HREF, PROBLEM_LINK_CLASS, type ProblemHome } from "./page-problem";

/**
 * What an error boundary shows instead of Next's bare English page: a French explanation, the incident's
 * digest (the server log's key, never the message), "try again" and the way back to the part's home.
 */
export function ErrorPanel({ home, digest, retry }: { home: ProblemHome; digest?: string; retry: () => void }) {
  const t = useTranslations();
  return (
    <PageProblem
      code="500"
      title={t("errorPage.title")}
      body={
        <>
          <p>{t("errorPage.body")}</p>
          {digest && <p className="mt-2 font-mono text-xs text-slate-600">{t("errorPage.reference", { digest })}</p>}
        </>
      }
    >
      <Button type="button" variant="secondary" onClick={retry}>
        {t("errorPage.retry")}
      </Button>
      {/* A full load, not a client navigation: the part of the tree that failed is rebuilt from scratch. */}
      <a href={PROBLEM_HOME_HREF[home]} className={PROBLEM_LINK_CLASS}>
        {t(`notFound.backTo.${home}`)}
      </a>
    </PageProblem>
  );
}
