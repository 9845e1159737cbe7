// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "web-push"],
  turbopack: {
    // The browser gets precompiled messages (lib/i18n/compiled-client-messages.ts) and formats them without
    // parsing; the server and the tests keep the parsing formatter and the plain catalogue.
    resolveAlias: {
      "use-intl/format-message": { browser: "use-intl/format-message/format-only" },
    },
  },
  async headers() {
    return [
      {
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache, no-store, must-revalidate" },
          { key: "Content-Type", value: "application/javascript; charset=utf-8" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
