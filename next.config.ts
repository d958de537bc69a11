import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The PGlite server and the Prisma adapter stay plain Node modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "bcryptjs"],
  typedRoutes: false,
  // Uploaded PDFs (documents, verification) go through server actions: 10 MB files plus the form around them.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
};

export default withNextIntl(nextConfig);
