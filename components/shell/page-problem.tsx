import type { ReactNode } from "react";

/** The body of a 404 or error page: a heading, what happened, and the ways out (shared by server and client). */
export function PageProblem({ code, title, body, children }: { code: string; title: string; body: ReactNode; children: ReactNode }) {
  return (
    <section
      className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm"
      data-testid="page-problem"
    >
      <p className="text-sm font-semibold tracking-wide text-brand">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-3 text-slate-700">{body}</div>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{children}</div>
    </section>
  );
}

export type ProblemHome = "dashboard" | "admin" | "catalogue" | "login";

/** Where each part of a site sends its lost visitors back. */
export const PROBLEM_HOME_HREF: Record<ProblemHome, string> = {
  dashboard: "/",
  admin: "/admin",
  catalogue: "/catalogue",
  login: "/login",
};

export const PROBLEM_LINK_CLASS =
  "inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast hover:underline underline-offset-4";
