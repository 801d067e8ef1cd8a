/** Reads the server's configuration from environment variables (see docs/architecture.md). */

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  maxMessageBytes: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/** Parses the environment; throws with a message naming the variable when a value is invalid. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.AFTERBOARD_DATA?.trim() || './data',
    // At least 64 KiB: a smaller limit would refuse ordinary edits. At most 1 GiB.
    maxMessageBytes: integer(env, 'AFTERBOARD_MAX_MESSAGE_BYTES', 16 * 1024 * 1024, 65536, 1024 ** 3),
  };
}
