/** What a hostname resolves to: an organisation, maybe one of its centres, and the branding to show. */
export interface Site {
  hostname: string;
  organization: {
    id: string;
    slug: string;
    legalName: string;
  };
  centre: { id: string; slug: string; legalName: string } | null;
  /** The centre's branding where it has its own, else the organisation's. */
  branding: SiteBranding;
}

export interface SiteBranding {
  name: string;
  logoUrl: string | null;
  primaryColor: string;
}
