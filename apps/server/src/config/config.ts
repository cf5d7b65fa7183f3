import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Proxy addresses or CIDRs (or proxy-addr's names such as `loopback`) whose X-Forwarded-For counts. */
const trustedProxies = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(p)),
    'must be a comma-separated list of IP addresses or CIDRs',
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1, 'must not be empty (leave it out for 0.0.0.0)').default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  READ_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'READ_DATABASE_URL must start with postgres://')
    .optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64 encoded')
    .optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(8),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  DEMO_LOGIN: booleanFlag.optional(),
  DEMO_DATA: booleanFlag.default(true),
  JOBS: booleanFlag.default(true),
  BOOT_TIMING: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  LOGIN_LOCK_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  TRUST_PROXY: trustedProxies.optional(),
  AUDIT_CHECKPOINT_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 bytes, base64 encoded')
    .optional(),
  AUDIT_CHECKPOINT_DIR: z.string().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.url().optional(),
  IJW_DELIVERY_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Een Plan <no-reply@localhost>'),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A streaming replica of DATABASE_URL for searches, dashboards and exports (read-your-writes kept). */
  readDatabaseUrl: string | undefined;
  sessionSecret: string;
  /** AES-256-GCM key (base64, 32 bytes) for sensitive free text at rest. */
  dataEncryptionKey: string;
  sessionTtlHours: number;
  /** How long the actor behind a session cookie is remembered in this process (0: not at all). */
  sessionCacheMs: number;
  demoLogin: boolean;
  demoData: boolean;
  jobs: boolean;
  logLevel: string;
  /** Start-up phases and their durations on stderr (BOOT_TIMING=1). */
  bootTiming: boolean;
  loginRateLimit: number;
  /** Failed logins on one account before it is locked, and for how long. */
  loginLock: { failures: number; minutes: number };
  /** Proxies whose X-Forwarded-For is believed; empty: the socket's address is the client. */
  trustProxy: string[];
  /** HMAC-SHA256 key (base64) that signs audit chain checkpoints; the database never holds it. */
  auditCheckpointKey: string;
  /** Where signed checkpoints are also written as files, outside the database. */
  auditCheckpointDir: string | undefined;
  /** Where outgoing iJw messages are POSTed (a hub adapter); without it providers read them here. */
  ijwDeliveryUrl: string | undefined;
  /** The daily task e-mail: SMTP server (none: the digest is skipped) and the sender address. */
  mail: { smtpUrl: string | undefined; from: string };
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string } | undefined;
};

export class ConfigError extends Error {}

/**
 * Reads and validates the environment once at boot. Defaults only make sense for a developer
 * machine; production must say explicitly what it wants and can never turn on the demo login.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most shells' and CI's habits.
  // HOST is the exception: an empty interface is a mistake, never "the default".
  const present = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => value !== '' || name === 'HOST'),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const embedded = !e.DATABASE_URL;

  if (e.READ_DATABASE_URL && embedded) {
    throw new ConfigError('READ_DATABASE_URL is a replica of DATABASE_URL: set DATABASE_URL too.');
  }
  if (production && e.DEMO_LOGIN === true) {
    throw new ConfigError('DEMO_LOGIN cannot be enabled when NODE_ENV=production.');
  }
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET (at least 32 characters) is required in production.');
  }
  if (production && !e.DATA_ENCRYPTION_KEY) {
    throw new ConfigError('DATA_ENCRYPTION_KEY (32 bytes, base64) is required in production.');
  }
  const oidcValues = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_REDIRECT_URI];
  const oidcSet = oidcValues.filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 4) {
    throw new ConfigError(
      'OIDC needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI.',
    );
  }

  // npm runs workspace scripts inside the workspace; a relative DATA_DIR means where the user typed
  // the command (INIT_CWD), so `npm start` at the repository root keeps its data in ./data.
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    readDatabaseUrl: e.READ_DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(dataDir, embedded),
    dataEncryptionKey: e.DATA_ENCRYPTION_KEY ?? developmentDataKey(dataDir, e.NODE_ENV === 'test'),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionCacheMs: e.SESSION_CACHE_MS,
    demoLogin: production ? false : (e.DEMO_LOGIN ?? embedded),
    demoData: e.DEMO_DATA,
    jobs: e.JOBS,
    logLevel: e.LOG_LEVEL,
    bootTiming: e.BOOT_TIMING,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    loginLock: { failures: e.LOGIN_LOCK_FAILURES, minutes: e.LOGIN_LOCK_MINUTES },
    trustProxy: e.TRUST_PROXY ?? [],
    auditCheckpointKey:
      e.AUDIT_CHECKPOINT_KEY ?? developmentKeyFile(dataDir, '.audit-checkpoint-key', e.NODE_ENV === 'test'),
    auditCheckpointDir: e.AUDIT_CHECKPOINT_DIR
      ? resolve(env.INIT_CWD ?? process.cwd(), e.AUDIT_CHECKPOINT_DIR)
      : undefined,
    ijwDeliveryUrl: e.IJW_DELIVERY_URL,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_REDIRECT_URI
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUri: e.OIDC_REDIRECT_URI,
          }
        : undefined,
  };
}

/** Keeps development sessions valid across restarts without asking the developer for a secret. */
function developmentSecret(dataDir: string, embedded: boolean): string {
  if (!embedded) return randomBytes(32).toString('hex');
  const file = join(dataDir, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Development keeps its encrypted data readable across restarts (also on PostgreSQL, unlike the
 * session secret: losing it would lose data); a test run gets a fresh key it never writes down.
 */
function developmentDataKey(dataDir: string, test: boolean): string {
  return developmentKeyFile(dataDir, '.data-encryption-key', test);
}

function developmentKeyFile(dataDir: string, name: string, test: boolean): string {
  if (test) return randomBytes(32).toString('base64');
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
