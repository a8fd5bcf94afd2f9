# One image for both processes: the api (default command) and the projector (docker-compose.yml overrides the command).

FROM node:20-bookworm-slim AS build
# better-sqlite3 falls back to building from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/console/dist ./dist/apps/console/dist
# register-paths.js resolves the @handoff/* aliases inside dist/ from tsconfig.json's paths.
COPY scripts/register-paths.js ./scripts/register-paths.js
COPY tsconfig.json ./
# Only used when the embedded SQLite backend is chosen (SQLITE_PATH defaults to data/handoff.db).
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 4000
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]
