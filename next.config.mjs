/** @type {import('next').NextConfig} */
const nextConfig = {
  // Self-host: `node .next/standalone/server.js` (copy .next/static and public beside it).
  output: 'standalone',
  poweredByHeader: false,
  // imapflow and pino are Node libraries with optional native/worker parts: keep them external.
  serverExternalPackages: ['imapflow', 'pino'],
  typedRoutes: false,
};

export default nextConfig;
