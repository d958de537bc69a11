import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

// Let SWC transform these: next-auth v5 and its dependencies ship ESM only (stack.md, trap 6), and
// @react-email/render's CommonJS build loads react-dom/server with import(), which jest's VM refuses:
// its ES module build, transformed, does not.
const TRANSFORMED_PACKAGES = [
  "next-auth",
  "@auth/core",
  "jose",
  "oauth4webapi",
  "@panva/hkdf",
  "preact",
  "preact-render-to-string",
  "@react-email/render",
  // createTranslator (next-intl) writes the notification emails from the pages' own messages.
  "next-intl",
  "use-intl",
  "intl-messageformat",
  "@formatjs",
];
const MODULE_ALIASES = {
  "^@/(.*)$": "<rootDir>/$1",
  "^@react-email/render$": "<rootDir>/node_modules/@react-email/render/dist/node/index.mjs",
};

/** @param {import("jest").Config} config */
async function project(config) {
  const resolved = await createJestConfig({ testEnvironment: "node", moduleNameMapper: MODULE_ALIASES, ...config })();
  return { ...resolved, transformIgnorePatterns: [`/node_modules/(?!(${TRANSFORMED_PACKAGES.join("|")})/)`] };
}

/** @returns {Promise<import("jest").Config>} */
export default async function jestConfig() {
  return {
    // Real PostgreSQL, real PDFs: on a loaded 2-core machine a fixture can take more than jest's 5 s default.
    testTimeout: 30_000,
    projects: [
      await project({ displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] }),
      await project({
        displayName: "integration",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts?(x)"],
        globalSetup: "<rootDir>/tests/support/integration-setup.ts",
        setupFilesAfterEnv: ["<rootDir>/tests/support/integration-close-pool.ts"],
        globalTeardown: "<rootDir>/tests/support/integration-teardown.ts",
      }),
    ],
  };
}
