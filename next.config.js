// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "web-push"],
  turbopack: {
    // Messages are precompiled once per process (lib/i18n/catalogue.ts) and formatted without parsing, on the
    // server and in the browser alike.
    resolveAlias: {
      "use-intl/format-message": "use-intl/format-message/format-only",
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
