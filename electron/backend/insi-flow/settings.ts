// INSi settings of a workstation: read from `<database file>.insi.json` (beside the database) and/or from
// IDV_INSI_* environment variables (the environment wins field by field). See README.md in this folder.
// Returns either usable settings or the French reason why INSi is unavailable.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const SettingsSchema = z.object({
  endpoint: z.string().url(),
  environment: z.string().min(1).max(80),
  software: z.object({
    idam: z.string().min(1).max(64),
    name: z.string().min(1).max(120),
    version: z.string().min(1).max(40),
  }),
  emitter: z.string().max(120).nullish(),
  certificate: z
    .object({
      pfxPath: z.string().optional(),
      certPath: z.string().optional(),
      keyPath: z.string().optional(),
      passphrase: z.string().optional(),
      caPaths: z.array(z.string()).optional(),
    })
    .nullish(),
  timeoutMs: z.number().int().min(1000).max(120_000).optional(),
});

export type InsiSettings = z.output<typeof SettingsSchema>;

export type SettingsResult =
  | { ok: true; settings: InsiSettings; source: string }
  | { ok: false; reason: string };

export const NOT_CONFIGURED =
  "Le téléservice INSi n'est pas configuré sur ce poste (adresse du service, numéro d'autorisation IDAM du logiciel, certificat) : prévenez votre administrateur.";

export const settingsFileFor = (dbFile: string): string => `${dbFile}.insi.json`;

type Env = Record<string, string | undefined>;

function fromEnv(env: Env): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const software: Record<string, unknown> = {};
  const certificate: Record<string, unknown> = {};
  if (env.IDV_INSI_ENDPOINT) out.endpoint = env.IDV_INSI_ENDPOINT;
  if (env.IDV_INSI_ENVIRONMENT) out.environment = env.IDV_INSI_ENVIRONMENT;
  if (env.IDV_INSI_EMITTER) out.emitter = env.IDV_INSI_EMITTER;
  if (env.IDV_INSI_TIMEOUT_MS) out.timeoutMs = Number(env.IDV_INSI_TIMEOUT_MS);
  if (env.IDV_INSI_IDAM) software.idam = env.IDV_INSI_IDAM;
  if (env.IDV_INSI_SOFTWARE_NAME) software.name = env.IDV_INSI_SOFTWARE_NAME;
  if (env.IDV_INSI_SOFTWARE_VERSION) software.version = env.IDV_INSI_SOFTWARE_VERSION;
  if (env.IDV_INSI_PFX) certificate.pfxPath = env.IDV_INSI_PFX;
  if (env.IDV_INSI_PFX_PASSPHRASE !== undefined) certificate.passphrase = env.IDV_INSI_PFX_PASSPHRASE;
  if (Object.keys(software).length > 0) out.software = software;
  if (Object.keys(certificate).length > 0) out.certificate = certificate;
  return out;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = b && typeof b === 'object' && v && typeof v === 'object' && !Array.isArray(v) ? { ...(b as object), ...(v as object) } : v;
  }
  return out;
}

export function loadInsiSettings(dbFile: string, env: Env = process.env): SettingsResult {
  const file = env.IDV_INSI_CONFIG || settingsFileFor(dbFile);
  let fromFile: Record<string, unknown> = {};
  const sources: string[] = [];
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      sources.push(path.basename(file));
    } catch (e) {
      return { ok: false, reason: `Configuration INSi illisible (${path.basename(file)}) : ${(e as Error).message}. Prévenez votre administrateur.` };
    }
  }
  const envPart = fromEnv(env);
  if (Object.keys(envPart).length > 0) sources.push('variables IDV_INSI_*');
  if (sources.length === 0) return { ok: false, reason: NOT_CONFIGURED };
  const parsed = SettingsSchema.safeParse(merge(fromFile, envPart));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'configuration';
    return { ok: false, reason: `Configuration INSi incomplète ou invalide (${sources.join(' + ')}, champ « ${where} ») : prévenez votre administrateur.` };
  }
  return { ok: true, settings: parsed.data, source: sources.join(' + ') };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Whether INS obtained from this endpoint may be stored in a production database (domain.md §1): only the
 * production environment, on a real (non-loopback, non-qualification) host.
 */
export function isProductionEndpoint(endpoint: string, environment: string): boolean {
  if (environment.trim().toLowerCase() !== 'production') return false;
  try {
    const host = new URL(endpoint).hostname.toLowerCase();
    return !LOOPBACK.test(host) && !host.includes('qualif');
  } catch {
    return false;
  }
}
