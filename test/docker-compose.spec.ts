import { CONFIG_VARIABLES, ConfigVariable, LIMITS_VARIABLES } from '@handoff/platform';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string[];
  environment?: Record<string, string> | string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

// docker compose resolves `<<` merge keys; so does `yaml` with merge on.
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const { eventstoredb, mongodb, api, projector } = compose.services;

function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

const healthcheck = (service: Service): string => [service.healthcheck?.test ?? []].flat().join(' ');

/** Variables with a default that serves these backends; every other one loadConfig reads must be set. */
const DEFAULTED: readonly ConfigVariable[] = [
  'SQLITE_PATH', 'READY_MAX_LAG', 'READ_YOUR_WRITES_TIMEOUT_MS', 'PROJECTOR_LEASE_TTL_MS', 'LOG_LEVEL', 'ROUTING', ...LIMITS_VARIABLES,
  // optional: an identity provider instead of (or beside) AUTH_JWT_SECRET; a cursor key derived from the secret
  'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_MAX_TOKEN_AGE', 'CURSOR_SECRET',
];
/** The projector serves no HTTP and is itself the projector. */
const NOT_READ_BY_PROJECTOR: readonly ConfigVariable[] = ['PORT', 'PROJECTOR'];
const requiredFor = (except: readonly ConfigVariable[]): ConfigVariable[] =>
  CONFIG_VARIABLES.filter((name) => !DEFAULTED.includes(name) && !except.includes(name));

describe('docker-compose.yml', () => {
  it('runs EventStoreDB, MongoDB, the api and the projector', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'eventstoredb', 'mongodb', 'projector']);
  });

  it('runs KurrentDB (25.1+, for multi-stream appends) as an insecure single node without server projections, healthy once /health/live answers', () => {
    expect(eventstoredb.image).toMatch(/^docker\.kurrent\.io\/kurrent-latest\/kurrentdb:(2[5-9]|[3-9]\d)\.\d+/);
    expect(environment(eventstoredb)).toMatchObject({
      KURRENTDB_CLUSTER_SIZE: '1',
      KURRENTDB_INSECURE: 'true',
      KURRENTDB_RUN_PROJECTIONS: 'None',
    });
    expect(healthcheck(eventstoredb)).toMatch(/curl .*http:\/\/localhost:2113\/health\/live/);
  });

  it('runs MongoDB as the single-node replica set the connection string names, initiated by its health check', () => {
    expect(mongodb.image).toMatch(/^mongo:8/);
    expect(mongodb.command?.join(' ')).toContain('--replSet rs0');
    expect(healthcheck(mongodb)).toContain("rs.initiate({_id:'rs0',members:[{_id:0,host:'mongodb:27017'}]})");
    expect(new URL(environment(api).MONGODB_URL).searchParams.get('replicaSet')).toBe('rs0');
  });

  it('builds the api and the projector from the same Dockerfile, which exists', () => {
    const builds = [api, projector].map((service) =>
      typeof service.build === 'string' ? { context: service.build, dockerfile: 'Dockerfile' } : service.build,
    );
    expect(builds[0]).toBeDefined();
    expect(builds[1]).toEqual(builds[0]);
    expect(existsSync(join(ROOT, builds[0]?.context ?? '', builds[0]?.dockerfile ?? 'Dockerfile'))).toBe(true);
  });

  it('runs each process from the compiled entry point of its app', () => {
    expect(api.command).toEqual(['node', '-r', './scripts/register-paths.js', 'dist/apps/api/src/main.js']);
    expect(projector.command).toEqual(['node', '-r', './scripts/register-paths.js', 'dist/apps/projector/src/main.js']);
    expect(existsSync(join(ROOT, 'apps/api/src/main.ts'))).toBe(true);
    expect(existsSync(join(ROOT, 'apps/projector/src/main.ts'))).toBe(true);
  });

  it('starts the api and the projector only once both servers are healthy', () => {
    for (const service of [api, projector]) {
      expect(service.depends_on).toMatchObject({
        eventstoredb: { condition: 'service_healthy' },
        mongodb: { condition: 'service_healthy' },
      });
    }
  });

  it.each([
    ['api', api, requiredFor([])],
    ['projector', projector, requiredFor(NOT_READ_BY_PROJECTOR)],
  ])('sets every variable the %s needs in production on these backends', (_name, service, required) => {
    const env = environment(service);
    expect(required.filter((name) => !env[name])).toEqual([]);
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      EVENT_STORE: 'eventstoredb',
      READ_STORE: 'mongodb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://eventstoredb:2113?tls=false',
    });
    expect(new URL(env.MONGODB_URL).host).toBe('mongodb:27017');
    expect(env.AUTH_JWT_SECRET).toMatch(/^\$\{AUTH_JWT_SECRET:\?.+\}$/);
  });

  it('sets no variable the app does not read (a misspelt name would silently fall back to a default)', () => {
    const known: readonly string[] = CONFIG_VARIABLES;
    for (const service of [api, projector]) expect(Object.keys(environment(service)).filter((name) => !known.includes(name))).toEqual([]);
  });

  it('leaves projecting to the projector process and publishes the api port', () => {
    const env = environment(api);
    expect(env.PROJECTOR).toBe('off');
    expect(api.ports).toContainEqual(`${env.PORT}:${env.PORT}`);
  });
});

interface Stage {
  base: string;
  name: string;
  workdir: string;
  /** Each instruction after FROM, as `OP args` with line continuations joined. */
  instructions: string[];
}

function dockerfileStages(text: string): Stage[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ base: from[1], name: from[2] ?? '', workdir: '/', instructions: [] });
    else {
      const stage = stages[stages.length - 1];
      stage.instructions.push(line);
      if (/^WORKDIR\s/i.test(line)) stage.workdir = line.split(/\s+/)[1];
    }
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerfileStages(read('Dockerfile'));
  const [build, runtime] = stages;
  const copies = (stage: Stage): string[] => stage.instructions.filter((line) => /^COPY\s/i.test(line));

  it('has a build stage and a runtime stage (the default target) on node:20-bookworm-slim', () => {
    expect(stages.map((stage) => [stage.name, stage.base])).toEqual([
      ['build', 'node:20-bookworm-slim'],
      ['runtime', 'node:20-bookworm-slim'],
    ]);
  });

  it('installs every dependency from the lock file and compiles in the build stage', () => {
    expect(copies(build)[0]).toMatch(/package-lock\.json/);
    expect(build.instructions).toContain('RUN npm ci');
    expect(build.instructions).toContain('RUN npm run build && npm prune --omit=dev');
  });

  it('ships only production dependencies (pruned in the build stage) to the runtime stage, as a non-root user', () => {
    expect(copies(runtime)).toContain(`COPY --from=build ${build.workdir}/node_modules ./node_modules`);
    expect(runtime.instructions).toContain('ENV NODE_ENV=production');
    expect(runtime.instructions).toContain('USER node');
  });

  it('copies what the runtime needs: the compiled dist/, register-paths.js and the tsconfig.json it reads', () => {
    expect(runtime.workdir).toBe(build.workdir);
    expect(copies(runtime)).toEqual(
      expect.arrayContaining([
        `COPY --from=build ${build.workdir}/dist ./dist`,
        `COPY --from=build ${build.workdir}/apps/console/dist ./dist/apps/console/dist`,
        'COPY scripts/register-paths.js ./scripts/register-paths.js',
        'COPY tsconfig.json ./',
      ]),
    );
    expect(read('scripts/register-paths.js')).toContain("require('../tsconfig.json')");
  });

  it('starts the api by default, as docker-compose.yml does', () => {
    expect(runtime.instructions.at(-1)).toBe(`CMD ${JSON.stringify(api.command).replace(/,/g, ', ')}`);
  });

  it('keeps node_modules, dist and .git out of the build context but not what the build copies', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
    const sources = [...copies(build), ...copies(runtime)]
      .filter((line) => !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.filter((source) => ignored.includes(source) || ignored.includes(source.split('/')[0]))).toEqual([]);
  });
});
