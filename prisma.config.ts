// Read by Prisma's CLI (generate, and migrate where its engine can be downloaded). Here migrations run
// through `npm run db`, which writes and applies the same prisma/migrations folder.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `env("DATABASE_URL")` would throw when it is unset, breaking `prisma generate`, which needs no database.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/passerelle",
  },
});
