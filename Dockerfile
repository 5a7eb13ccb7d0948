# docent as a container: the HTTP-interactions server by default (stateless, so run as many replicas as you like).
# Build: docker build -t docent .   Run: docker run -p 8080:8080 -e DISCORD_PUBLIC_KEY=... -v "$PWD/knowledge:/app/knowledge:ro" docent
# For the gateway bot instead: -e DOCENT_MODE=gateway -e DISCORD_TOKEN=... -e DISCORD_APPLICATION_ID=...

# Stage 1: install everything, compile to dist/ (npm ci runs the build), then keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY bin ./bin
COPY src ./src
COPY commands ./commands
RUN npm ci && npm prune --omit=dev

# Stage 2: the build and the production dependencies only, run by the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DOCENT_MODE=http \
    PORT=8080 \
    HTTP_HOST=0.0.0.0 \
    KNOWLEDGE_DIR=/app/knowledge \
    INDEX_CACHE_DIR=/app/.cache/docent \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY knowledge ./knowledge
# The two places it writes: the index cache (a volume here shares a built index between replicas) and the store of
# questions and votes (a volume here keeps them, shared by the replicas of one host).
RUN mkdir -p /app/.cache/docent /app/data && chown node:node /app/.cache/docent /app/data
USER node
EXPOSE 8080
# Only the HTTP server listens; the gateway bot (DOCENT_MODE=gateway) has no port to probe, and counts as healthy.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "if (process.env.DOCENT_MODE !== 'http') process.exit(0); fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/docent.js"]
