// Static checks on docker-compose.yml and the Dockerfiles it builds. No Docker engine is
// available in CI, so these catch, before anyone runs `docker compose up`, the mistakes that
// would otherwise only show up on the operator's server. They also hold the Temporal services to what
// `npm run start:cluster` runs: the same go install commands and versions, the same config files.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const repoRoot = path.resolve(__dirname, '../..');
// Overridable so a deliberately broken copy can be checked against the same repository tree.
const composeFile = process.env.TDKT_COMPOSE_FILE ?? path.join(repoRoot, 'docker-compose.yml');

type Dict = Record<string, unknown>;

interface Build {
  context: string;
  dockerfile: string;
  /** The Dockerfile stage built; undefined: the last one. */
  target?: string;
}

interface Service {
  image?: string;
  build?: string | Partial<Build>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: string[] | Record<string, unknown>;
  ports?: Array<string | number | { published?: string | number; target?: number; host_ip?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
  entrypoint?: string | string[];
  command?: string | string[];
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

function loadCompose(): ComposeFile {
  // docker compose honours YAML merge keys (<<: *anchor), which YAML 1.2 parsers leave alone by default.
  const doc: unknown = parse(readFileSync(composeFile, 'utf8'), { merge: true });
  if (!isDict(doc) || !isDict(doc.services)) {
    throw new Error(`${composeFile} has no "services" mapping`);
  }
  return doc as unknown as ComposeFile;
}

const fromRoot = (p: string) => path.resolve(repoRoot, p);

function buildOf(service: Service): Build | undefined {
  if (service.build === undefined) return undefined;
  if (typeof service.build === 'string') return { context: service.build, dockerfile: 'Dockerfile' };
  return { context: service.build.context ?? '.', dockerfile: service.build.dockerfile ?? 'Dockerfile', target: service.build.target };
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const eq = entry.indexOf('=');
        return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

function dependenciesOf(service: Service): Record<string, string> {
  const deps = service.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, spec]) => [name, spec?.condition ?? 'service_started']));
}

/** Host ports a service publishes, from both the short ("[ip:]host:container[/proto]") and long syntax. */
function publishedPortsOf(service: Service): number[] {
  return (service.ports ?? []).flatMap((port) => {
    if (isDict(port)) return port.published === undefined ? [] : [Number(port.published)];
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    return parts.length < 2 ? [] : [Number(parts[parts.length - 2])];
  });
}

/** Names of named volumes a service mounts; bind mounts (paths) are returned separately. */
function mountsOf(service: Service): { named: string[]; binds: string[] } {
  const named: string[] = [];
  const binds: string[] = [];
  for (const volume of service.volumes ?? []) {
    let source: string | undefined;
    let type: string | undefined;
    if (isDict(volume)) {
      source = volume.source;
      type = volume.type;
    } else {
      const [first, ...rest] = volume.split(':');
      // A lone "/container/path" is an anonymous volume: nothing to declare or check.
      if (!first || rest.length === 0) continue;
      source = first;
      type = /^[./~]/.test(source) ? 'bind' : 'volume';
    }
    if (!source) continue;
    if (type === 'bind') binds.push(source);
    else if (type === 'volume') named.push(source);
  }
  return { named, binds };
}

/** "repo/name:tag" or "repo/name@sha256:..." with a real tag; a registry host's ":port" is not a tag. */
function isPinned(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon === -1) return false;
  const tag = lastSegment.slice(colon + 1);
  return tag.length > 0 && tag !== 'latest';
}

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

function readDockerfile(file: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const text = raw.trim();
      if (!pending && (text === '' || text.startsWith('#'))) return;
      if (pending && text.startsWith('#')) return;
      if (!pending) startLine = index + 1;
      if (text.endsWith('\\')) {
        pending += text.slice(0, -1) + ' ';
        return;
      }
      const full = pending + text;
      pending = '';
      const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(full) ?? [];
      if (keyword) instructions.push({ keyword: keyword.toUpperCase(), args: args ?? '', line: startLine });
    });
  return instructions;
}

interface CopyInstruction {
  line: number;
  fromStage: boolean;
  sources: string[];
  destination: string;
}

function copyInstructions(instructions: Instruction[]): CopyInstruction[] {
  return instructions
    .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
    .map((i) => {
      let rest = i.args.trim();
      const flags: string[] = [];
      while (rest.startsWith('--')) {
        const space = rest.search(/\s/);
        flags.push(space === -1 ? rest : rest.slice(0, space));
        rest = space === -1 ? '' : rest.slice(space).trim();
      }
      const operands: string[] = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : rest.split(/\s+/).filter(Boolean);
      return {
        line: i.line,
        fromStage: flags.some((f) => f.startsWith('--from=')),
        sources: operands.slice(0, -1),
        destination: operands[operands.length - 1] ?? '',
      };
    });
}

interface Stage {
  name?: string;
  instructions: Instruction[];
}

/** The instructions of the stage a build targets (the last stage when it names none), FROM excluded. */
function stageOf(instructions: Instruction[], target?: string): Stage | undefined {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [, , alias] = instruction.args.replace(/--platform=\S+\s+/, '').split(/\s+/);
      stages.push({ name: alias, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return target === undefined ? stages[stages.length - 1] : stages.find((stage) => stage.name === target);
}

/** Values of `ARG NAME=value`, wherever declared (a stage's bare `ARG NAME` inherits the global one). */
function argDefaults(instructions: Instruction[]): Record<string, string> {
  return Object.fromEntries(
    instructions.filter((i) => i.keyword === 'ARG' && i.args.includes('=')).map((i) => i.args.trim().split('=', 2) as [string, string]),
  );
}

/** A stage's `ENV KEY=value …` pairs (the form this repository writes). */
function stageEnvironment(stage: Stage): Record<string, string> {
  return Object.fromEntries(
    stage.instructions
      .filter((i) => i.keyword === 'ENV')
      .flatMap((i) => i.args.split(/\s+/).filter(Boolean))
      .map((pair) => {
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), pair.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
      }),
  );
}

/** The repository file an absolute path inside the image was copied from, if a COPY of the stage put it there. */
function repoSourceOf(stage: Stage, imagePath: string): string | undefined {
  for (const copy of copyInstructions(stage.instructions)) {
    if (copy.fromStage || copy.sources.length !== 1) continue;
    const destination = copy.destination.replace(/\/+$/, '');
    const source = copy.sources[0] ?? '';
    if (imagePath === destination) return source;
    if (imagePath.startsWith(`${destination}/`)) return path.posix.join(source, imagePath.slice(destination.length + 1));
  }
  return undefined;
}

/** Docker's .dockerignore semantics, enough for this repository: globs, **, and "!" re-includes. */
function dockerIgnoreMatcher(): (relativePath: string) => boolean {
  const file = path.join(repoRoot, '.dockerignore');
  if (!existsSync(file)) return () => false;
  const rules = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = path.posix.normalize((negate ? line.slice(1) : line).replace(/^\/+/, ''));
      const source = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => {
          if (part === '**/' || part === '**') return '(?:.*/)?';
          if (part === '*') return '[^/]*';
          if (part === '?') return '[^/]';
          return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { negate, regex: new RegExp(`^${source}$`) };
    });
  return (relativePath) => {
    const segments = path.posix.normalize(relativePath).split('/');
    // A path is excluded when it, or any directory above it, matches the last applicable rule.
    const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules) {
      if (prefixes.some((p) => rule.regex.test(p))) excluded = !rule.negate;
    }
    return excluded;
  };
}

/** Every `env "NAME"` a templated config file reads, with its `| default "…"` value when it has one. */
function templateVariables(file: string): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  for (const [, name, fallback] of readFileSync(fromRoot(file), 'utf8').matchAll(/env\s+"([A-Z0-9_]+)"(?:\s*\|\s*default\s+"([^"]*)")?/g)) {
    if (name) found.set(name, fallback);
  }
  return found;
}

/** The shell text of compose's string-or-list fields (healthcheck test, entrypoint, command), one item a line. */
const shellText = (...fields: unknown[]) =>
  fields
    .flat()
    .filter((item) => typeof item === 'string')
    .join('\n');
/** Variables a shell text reads (`$X`, `${X…}`, compose's escaped `$$X`). */
const shellVariables = (text: string) => [...text.matchAll(/\$\$?\{?([A-Z_][A-Z0-9_]*)/g)].map(([, name]) => name ?? '');
/** Variables a shell script sets for what it starts (`export X=…`). */
const shellExports = (text: string) => [...text.matchAll(/^\s*export\s+([A-Z_][A-Z0-9_]*)=/gm)].map(([, name]) => name ?? '');

/**
 * Whether a default the config keeps for one machine is wrong in a container: no default at all, a loopback
 * address (a container's loopback is its own), a path relative to the working directory (the image's is not
 * the config folder), or the database account (the postgresql service's, not the one-machine default).
 */
function needsContainerValue(name: string, fallback: string | undefined): boolean {
  if (fallback === undefined) return true;
  if (/^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)(:\d+)?$/.test(fallback)) return true;
  if (fallback.includes('/') && !fallback.startsWith('/')) return true;
  return ['POSTGRES_USER', 'POSTGRES_PWD'].includes(name);
}

const TEMPORAL_DOCKERFILE = 'tools/cluster/temporal/Dockerfile';
/**
 * What each target of the Temporal Dockerfile runs, as `npm run start:cluster` runs it: the shared config
 * template, the shared scripts that read the environment, and the libs/temporal file that starts it there.
 */
const TEMPORAL_TARGETS: Record<string, { template: string; scripts: string[]; startedBy: string }> = {
  server: {
    template: 'tools/cluster/temporal/config/production.yaml',
    scripts: ['tools/cluster/temporal/setup-schema.sh', 'tools/cluster/temporal/docker-entrypoint.sh'],
    startedBy: 'libs/temporal/src/server/temporal-server.ts',
  },
  ui: {
    template: 'tools/cluster/temporal-ui/config/production.yaml',
    scripts: [],
    startedBy: 'libs/temporal/src/server/temporal-ui.ts',
  },
};
/** Where libs/temporal runs `go install`, with the version constants it writes the packages' versions with. */
const GO_INSTALL_SOURCES = ['libs/temporal/src/server/server-binaries.ts', 'libs/temporal/src/temporal-cli.ts'];
/**
 * libs/temporal's `export const TEMPORAL_…_VERSION = '…'`, read from its source: the module-boundary lint rule
 * keeps this tooling project from importing the library.
 */
function libsTemporalVersions(): Record<string, string> {
  const sources = GO_INSTALL_SOURCES.map((file) => readFileSync(fromRoot(file), 'utf8')).join('\n');
  return Object.fromEntries(
    [...sources.matchAll(/export const (TEMPORAL_\w+_VERSION) = '([^']+)'/g)].map(([, name, value]) => [name, value]),
  );
}
const LIBS_TEMPORAL_VERSIONS = libsTemporalVersions();

/** "module/path@version" for every `pkg@${VERSION}` in a text, each VERSION looked up in versions. */
function goPackages(text: string, versions: Record<string, string>): string[] {
  return [...text.matchAll(/([a-z0-9.-]+\.[a-z]{2,}\/[\w./-]+)@\$\{?(\w+)\}?/g)].map(
    ([, pkg, version]) => `${pkg}@${versions[version ?? ''] ?? `\${${version}}`}`,
  );
}

/** The arguments after the executable on the line that starts it, `--root`'s value dropped (it differs by design). */
function argumentsWithoutRoot(args: string[]): string[] {
  const root = args.indexOf('--root');
  return root === -1 ? args : [...args.slice(0, root + 1), ...args.slice(root + 2)];
}

const compose = loadCompose();
const services = compose.services;
const serviceNames = Object.keys(services);
const builtServices = Object.entries(services).flatMap(([name, s]) => {
  const build = buildOf(s);
  return build ? [{ name, build }] : [];
});
const dockerfilePath = (build: Build) => path.resolve(fromRoot(build.context), build.dockerfile);

describe('docker-compose.yml', () => {
  it('parses as YAML with a services mapping', () => {
    expect(isDict(services)).toBe(true);
    expect(serviceNames.length).toBeGreaterThan(0);
  });

  it('defines every process of the system', () => {
    expect(serviceNames).toEqual(expect.arrayContaining(['postgresql', 'temporal', 'temporal-namespace', 'temporal-ui', 'api', 'worker']));
  });

  it('gives every service either an image or a build', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, hasImageOrBuild: Boolean(service.image ?? service.build) }).toEqual({ name, hasImageOrBuild: true });
    }
  });

  it('builds api and worker from their own Dockerfiles with the repository as context', () => {
    const byName = Object.fromEntries(builtServices.map((s) => [s.name, s.build]));
    expect(byName.api && path.relative(repoRoot, dockerfilePath(byName.api))).toBe(path.join('apps', 'api', 'Dockerfile'));
    expect(byName.worker && path.relative(repoRoot, dockerfilePath(byName.worker))).toBe(path.join('apps', 'worker', 'Dockerfile'));
    expect(byName.api && fromRoot(byName.api.context)).toBe(repoRoot);
    expect(byName.worker && fromRoot(byName.worker.context)).toBe(repoRoot);
  });

  it('points every build at a context directory and Dockerfile that exist', () => {
    for (const { name, build } of builtServices) {
      const context = fromRoot(build.context);
      expect({ name, context, isDirectory: existsSync(context) && statSync(context).isDirectory() }).toEqual({
        name,
        context,
        isDirectory: true,
      });
      const dockerfile = dockerfilePath(build);
      expect({ name, dockerfile, isFile: existsSync(dockerfile) && statSync(dockerfile).isFile() }).toEqual({
        name,
        dockerfile,
        isFile: true,
      });
    }
  });

  it('only depends on services that exist, and waits for health only where a healthcheck is defined', () => {
    const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(service))) {
        const edge = `${name} -> ${dependency}`;
        expect({ edge, exists: serviceNames.includes(dependency) && dependency !== name }).toEqual({ edge, exists: true });
        expect(conditions).toContain(condition);
        if (condition === 'service_healthy') {
          const healthcheck = services[dependency]?.healthcheck;
          expect({ edge, hasHealthcheck: Boolean(healthcheck?.test) && !healthcheck?.disable }).toEqual({ edge, hasHealthcheck: true });
        }
      }
    }
  });

  it('has no dependency cycles', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, trail: string[]): void => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`dependency cycle: ${[...trail, name].join(' -> ')}`);
      visiting.add(name);
      for (const dependency of Object.keys(dependenciesOf(services[name] ?? {}))) visit(dependency, [...trail, name]);
      visiting.delete(name);
      done.add(name);
    };
    expect(() => serviceNames.forEach((name) => visit(name, []))).not.toThrow();
  });

  it.each(['api', 'worker'])('configures %s for the database and Temporal', (name) => {
    const env = environmentOf(services[name] ?? {});
    for (const variable of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) {
      expect({ variable, value: env[variable] ?? '' }).toEqual({ variable, value: expect.stringMatching(/\S/) });
    }
    expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    const databaseHost = /@([^:/]+)/.exec(env.DATABASE_URL ?? '')?.[1];
    expect(serviceNames).toContain(databaseHost);
    const temporalHost = (env.TEMPORAL_ADDRESS ?? '').split(':')[0];
    expect(serviceNames).toContain(temporalHost);
  });

  it('gives api and worker the same database, Temporal namespace and task queue', () => {
    const api = environmentOf(services.api ?? {});
    const worker = environmentOf(services.worker ?? {});
    for (const variable of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) {
      expect({ variable, worker: worker[variable] }).toEqual({ variable, worker: api[variable] });
    }
  });

  it('refuses to start the api without JWT_SECRET', () => {
    const value = environmentOf(services.api ?? {}).JWT_SECRET ?? '';
    expect(value).toMatch(/^\$\{JWT_SECRET:?\?[^}]*\}$/);
  });

  it('keeps JWT_SECRET from the worker, which never checks a sign-in', () => {
    expect(environmentOf(services.worker ?? {})).not.toHaveProperty('JWT_SECRET');
  });

  it('sets no secret to a literal value: each is required from the environment, or empty unless given (an optional feature)', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(environmentOf(service))) {
        if (!/(PASSWORD|PWD|SECRET)$/.test(variable)) continue;
        expect({ service: name, variable, value }).toEqual({
          service: name,
          variable,
          value: expect.stringMatching(/^\$\{[A-Z0-9_]+(:?\?.*|:-)\}$/),
        });
      }
    }
  });

  it('publishes the api on 3000, Temporal on 7233 and its UI on 8080', () => {
    expect(publishedPortsOf(services.api ?? {})).toContain(3000);
    expect(publishedPortsOf(services.temporal ?? {})).toContain(7233);
    expect(publishedPortsOf(services['temporal-ui'] ?? {})).toContain(8080);
    const all = Object.values(services).flatMap(publishedPortsOf);
    expect(all.every((port) => Number.isInteger(port) && port > 0 && port < 65536)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('pins every image to a tag or digest', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.image === undefined) continue;
      expect({ name, image: service.image, pinned: isPinned(service.image) }).toEqual({ name, image: service.image, pinned: true });
    }
  });

  it('declares every named volume at top level', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const [name, service] of Object.entries(services)) {
      for (const volume of mountsOf(service).named) {
        expect({ service: name, volume, declared: declared.includes(volume) }).toEqual({ service: name, volume, declared: true });
      }
    }
  });

  it('bind-mounts only paths that exist in the repository', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const source of mountsOf(service).binds) {
        const resolved = fromRoot(source);
        expect({ service: name, source, exists: existsSync(resolved) }).toEqual({ service: name, source, exists: true });
      }
    }
  });

  it('lets the worker scale out', () => {
    const worker = (services.worker ?? {}) as Service & { deploy?: { replicas?: number }; container_name?: string };
    expect(worker.deploy?.replicas).toBeGreaterThanOrEqual(2);
    // Replicas cannot share a fixed container name or a published host port.
    expect(worker.container_name).toBeUndefined();
    expect(publishedPortsOf(worker)).toEqual([]);
  });
});

describe.each(builtServices.map(({ name, build }) => [name, dockerfilePath(build), build.target] as const))(
  'Dockerfile of %s',
  (_name, dockerfile, target) => {
    const instructions = existsSync(dockerfile) ? readDockerfile(dockerfile) : [];
    const isIgnored = dockerIgnoreMatcher();

    it('copies only sources that exist in the build context and are not .dockerignored', () => {
      const copies = copyInstructions(instructions).filter((c) => !c.fromStage);
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) {
        for (const source of copy.sources) {
          // Wildcards and remote ADD sources cannot be resolved to one path; the rest must exist.
          if (/[*?[]/.test(source) || /^[a-z]+:\/\//i.test(source)) continue;
          const resolved = path.resolve(repoRoot, source);
          const relative = path.relative(repoRoot, resolved).split(path.sep).join('/');
          const where = `${path.relative(repoRoot, dockerfile)}:${copy.line} ${source}`;
          expect({ where, exists: existsSync(resolved) }).toEqual({ where, exists: true });
          if (relative !== '') expect({ where, ignored: isIgnored(relative) }).toEqual({ where, ignored: false });
        }
      }
    });

    it('starts from pinned base images', () => {
      const stages = new Set<string>();
      for (const from of instructions.filter((i) => i.keyword === 'FROM')) {
        const [image = '', , alias] = from.args.replace(/--platform=\S+\s+/, '').split(/\s+/);
        if (!stages.has(image))
          expect({ line: from.line, image, pinned: isPinned(image) }).toEqual({ line: from.line, image, pinned: true });
        if (alias) stages.add(alias);
      }
      expect(stages.size).toBeGreaterThan(0);
    });

    it('runs the stage it builds as a non-root user', () => {
      const stage = stageOf(instructions, target);
      expect({ target, found: Boolean(stage) }).toEqual({ target, found: true });
      const users = (stage?.instructions ?? []).filter((i) => i.keyword === 'USER');
      const user = users[users.length - 1]?.args.split(':')[0];
      expect(user).toBeDefined();
      expect(['root', '0']).not.toContain(user);
    });
  },
);

describe('Temporal in docker-compose.yml: the configuration and binaries of npm run start:cluster', () => {
  const temporalServices = builtServices.filter(({ build }) => path.relative(repoRoot, dockerfilePath(build)) === TEMPORAL_DOCKERFILE);
  const instructions = existsSync(fromRoot(TEMPORAL_DOCKERFILE)) ? readDockerfile(fromRoot(TEMPORAL_DOCKERFILE)) : [];
  const args = argDefaults(instructions);
  const stage = (target: string): Stage => {
    const found = stageOf(instructions, target);
    if (!found) throw new Error(`${TEMPORAL_DOCKERFILE} has no stage "${target}"`);
    return found;
  };
  const envOf = (name: string) => environmentOf(services[name] ?? {});

  it('builds the server, its namespace step and the Web UI from tools/cluster/temporal/Dockerfile, no published Temporal image', () => {
    const targets = Object.fromEntries(temporalServices.map(({ name, build }) => [name, [fromRoot(build.context), build.target]]));
    expect(targets).toEqual({
      temporal: [repoRoot, 'server'],
      'temporal-namespace': [repoRoot, 'server'],
      'temporal-ui': [repoRoot, 'ui'],
    });
    const images = Object.values(services).flatMap((service) => (service.image ? [service.image] : []));
    expect(images.filter((image) => image.startsWith('temporalio/'))).toEqual([]);
  });

  it('builds the versions libs/temporal builds', () => {
    expect(Object.keys(LIBS_TEMPORAL_VERSIONS).sort()).toEqual([
      'TEMPORAL_CLI_VERSION',
      'TEMPORAL_SERVER_VERSION',
      'TEMPORAL_UI_SERVER_VERSION',
    ]);
    expect({
      TEMPORAL_SERVER_VERSION: args.TEMPORAL_SERVER_VERSION,
      TEMPORAL_UI_SERVER_VERSION: args.TEMPORAL_UI_SERVER_VERSION,
      TEMPORAL_CLI_VERSION: args.TEMPORAL_CLI_VERSION,
    }).toEqual(LIBS_TEMPORAL_VERSIONS);
  });

  it('runs the go install commands of libs/temporal: the same packages, versions and build environment', () => {
    const sources = GO_INSTALL_SOURCES.map((file) => readFileSync(fromRoot(file), 'utf8'));
    // Only the install calls, however Prettier wraps them: server-binaries.ts also names the server module to find its schemas.
    const installCalls = sources.flatMap((text) => text.match(/goInstall\([^;]*?\);|\['install',[^\]]*\]/gs) ?? []);
    const scripts = installCalls.flatMap((call) => goPackages(call, LIBS_TEMPORAL_VERSIONS));
    const goRuns = instructions.filter((i) => i.keyword === 'RUN' && /\bgo install\b/.test(i.args));
    const dockerfile = goRuns.flatMap((i) => goPackages(i.args, args));
    expect(scripts).toHaveLength(4);
    expect([...new Set(dockerfile)].sort()).toEqual([...new Set(scripts)].sort());

    const scriptEnv = (variable: string) =>
      new Set(sources.flatMap((text) => [...text.matchAll(new RegExp(`${variable}: '([^']*)'`, 'g'))].map((m) => m[1])));
    for (const variable of ['CGO_ENABLED', 'GOFLAGS']) {
      const values = [...scriptEnv(variable)];
      expect({ variable, values }).toEqual({ variable, values: [expect.any(String)] });
      for (const name of ['server-build', 'ui-build']) {
        expect({ stage: name, variable, value: stageEnvironment(stage(name))[variable] }).toEqual({
          stage: name,
          variable,
          value: values[0],
        });
      }
    }
  });

  it.each(Object.entries(TEMPORAL_TARGETS))(
    'starts the %s on the shared config folder with the arguments npm run start:cluster uses',
    (target, spec) => {
      const [executable = '', ...entrypoint] = JSON.parse(
        stage(target).instructions.find((i) => i.keyword === 'ENTRYPOINT')?.args ?? '[]',
      ) as string[];
      // The server's entrypoint is a script that ends by exec-ing the server; the UI's starts the UI directly.
      const script = repoSourceOf(stage(target), executable);
      const command =
        script && script.endsWith('.sh')
          ? /^exec\s+\S+\s+(.*)$/m.exec(readFileSync(fromRoot(script), 'utf8'))?.[1]?.split(/\s+/)
          : entrypoint;
      const root = command?.[(command?.indexOf('--root') ?? -2) + 1] ?? '';
      expect(repoSourceOf(stage(target), `${root}/config/production.yaml`)).toBe(spec.template);

      const spawnArgs = /\[\s*'--root',[^\]]*\]/.exec(readFileSync(fromRoot(spec.startedBy), 'utf8'))?.[0] ?? '';
      const literals = [...spawnArgs.replace(/join\((?:[^()]|\([^()]*\))*\)/g, '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
      expect(literals.length).toBeGreaterThan(2);
      expect(argumentsWithoutRoot(command ?? [])).toEqual(literals);
    },
  );

  it('brings the schemas up with the shared script and reads the shared dynamic config', () => {
    const server = stage('server');
    const entrypoint = readFileSync(fromRoot(TEMPORAL_TARGETS.server?.scripts[1] ?? ''), 'utf8');
    const setupSchema = /^sh\s+(\S+)$/m.exec(entrypoint)?.[1] ?? '';
    expect(repoSourceOf(server, setupSchema)).toBe('tools/cluster/temporal/setup-schema.sh');
    // The file serverEnvironment gives `npm run start:cluster`'s server.
    expect(repoSourceOf(server, stageEnvironment(server).TEMPORAL_DYNAMIC_CONFIG ?? '')).toBe(
      'tools/cluster/temporal/dynamicconfig/production.yaml',
    );
  });

  it.each(['temporal', 'temporal-ui'])(
    'gives %s every variable its config reads whose one-machine default is wrong in a container',
    (name) => {
      const target = temporalServices.find((s) => s.name === name)?.build.target ?? '';
      const spec = TEMPORAL_TARGETS[target];
      if (!spec) throw new Error(`${name} builds no known Temporal target (${target})`);
      const given = new Set([
        ...Object.keys(envOf(name)),
        ...Object.keys(stageEnvironment(stage(target))),
        ...spec.scripts.flatMap((script) => shellExports(readFileSync(fromRoot(script), 'utf8'))),
      ]);
      const needed = [...templateVariables(spec.template)].filter(([variable, fallback]) => needsContainerValue(variable, fallback));
      expect(needed.length).toBeGreaterThan(0);
      expect(needed.map(([variable]) => variable).filter((variable) => !given.has(variable))).toEqual([]);
    },
  );

  it('points the server at the postgresql service as its superuser, on every interface', () => {
    const temporal = envOf('temporal');
    const postgresql = envOf('postgresql');
    expect(temporal).toMatchObject({
      POSTGRES_SEEDS: 'postgresql',
      DB_PORT: '5432',
      POSTGRES_USER: postgresql.POSTGRES_USER,
      POSTGRES_PWD: postgresql.POSTGRES_PASSWORD,
      TEMPORAL_BIND_ON_IP: '0.0.0.0',
    });
    // Per container: set by the entrypoint from the container's own address, never one fixed value.
    expect(temporal).not.toHaveProperty('TEMPORAL_BROADCAST_ADDRESS');
    expect(envOf('temporal-ui').TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(envOf('temporal-namespace').TEMPORAL_ADDRESS).toBe('temporal:7233');
  });

  it.each(['temporal', 'temporal-namespace', 'temporal-ui'])(
    'gives %s only variables something in it reads (a misspelt name is silently ignored)',
    (name) => {
      const service = services[name] ?? {};
      const target = temporalServices.find((s) => s.name === name)?.build.target ?? '';
      const spec = TEMPORAL_TARGETS[target];
      const read = new Set([
        ...(spec ? templateVariables(spec.template).keys() : []),
        ...(spec?.scripts ?? []).flatMap((script) => shellVariables(readFileSync(fromRoot(script), 'utf8'))),
        ...shellVariables(shellText(service.healthcheck?.test, service.entrypoint, service.command)),
      ]);
      expect(Object.keys(environmentOf(service)).filter((variable) => !read.has(variable))).toEqual([]);
    },
  );

  it('registers and health-checks the namespace the api and workers use, with a retention', () => {
    const namespace = envOf('api').TEMPORAL_NAMESPACE;
    expect(envOf('temporal').TEMPORAL_NAMESPACE).toBe(namespace);
    expect(envOf('temporal-namespace').TEMPORAL_NAMESPACE).toBe(namespace);
    expect(shellText(services.temporal?.healthcheck?.test)).toMatch(/--namespace "\$\$\{TEMPORAL_NAMESPACE\}"/);
    const command = shellText(services['temporal-namespace']?.command);
    expect(command).toMatch(/temporal operator namespace describe [^\n]*--namespace "\$\$TEMPORAL_NAMESPACE"/);
    expect(command).toMatch(
      /temporal operator namespace create [^\n]*--namespace "\$\$TEMPORAL_NAMESPACE" --retention "\$\$TEMPORAL_RETENTION"/,
    );
    for (const app of ['api', 'worker']) expect(dependenciesOf(services[app] ?? {}).temporal).toBe('service_healthy');
  });
});
