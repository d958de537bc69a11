import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { lookupSite } from "./cached-site-lookup";
import { SITE_HOST_HEADER } from "./site-headers";
import type { Site } from "./site";

/** The site of this request, from the hostname proxy.ts resolved (never from a URL or form field). */
export const getCurrentSite = cache(async (): Promise<Site> => {
  const hostname = (await headers()).get(SITE_HOST_HEADER);
  const site = hostname ? await lookupSite(hostname) : null;
  if (!site) notFound();
  return site;
});
