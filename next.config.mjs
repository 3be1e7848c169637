/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // imapflow and pino are Node libraries with optional native/worker parts: keep them external.
  serverExternalPackages: ['imapflow', 'pino'],
  typedRoutes: false,
};

export default nextConfig;
