import { SITE_HOST_HEADER } from "../../tenancy/site-headers";

export interface RelyingParty {
  /** The site's hostname: a passkey made here works only here (WebAuthn's relying party id). */
  rpId: string;
  /** The page's origin the browser signs (scheme, host and port), as proxy.ts pinned them. */
  origin: string;
}

/** The relying party of this request, from the headers proxy.ts set (a client cannot choose them); null off-site. */
export function relyingPartyOf(headers: Pick<Headers, "get">): RelyingParty | null {
  const rpId = headers.get(SITE_HOST_HEADER);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!rpId || !host) return null;
  return { rpId, origin: `${headers.get("x-forwarded-proto") ?? "https"}://${host}` };
}
