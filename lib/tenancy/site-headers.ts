/** Set by proxy.ts only (any client-sent value is removed first): the hostname the request resolved to. */
export const SITE_HOST_HEADER = "x-passerelle-host";

/** The internal route segment every site's pages live under; refused when a client names it directly. */
export const SITE_SEGMENT = "s";
