import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The end-to-end tests spawn the built bin (dist/bin.js): build it once before any test runs.
    globalSetup: ["src/test-support/build.ts"],
    testTimeout: 30_000,
  },
});
