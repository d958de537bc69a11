/** Set by proxy.ts only (any client-sent value is removed first): the hostname the request resolved to. */
export const SITE_HOST_HEADER = "x-passerelle-host";

/** Set by proxy.ts only, like the host: the public path of the request (a page's, or the page a server action posts to). */
export const SITE_PATH_HEADER = "x-passerelle-path";

/** The internal route segment every site's pages live under; refused when a client names it directly. */
export const SITE_SEGMENT = "s";
