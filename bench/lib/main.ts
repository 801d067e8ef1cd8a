/** Lets a bench module be both imported by bench/run.ts and run alone with `npx tsx bench/<name>.ts`. */
import { pathToFileURL } from 'node:url';

/** True when the module at `moduleUrl` (pass `import.meta.url`) is the script Node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(entry).href === moduleUrl;
}
