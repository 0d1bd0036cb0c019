import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModuleContext, ServiceModule } from './types';

type Factory = (ctx: ModuleContext, ...rest: unknown[]) => ServiceModule;

/** Loads a module factory built in parallel by another engineer, if its file exists yet (else undefined). */
export async function optionalFactory(relativeDir: string, exportName: string): Promise<Factory | undefined> {
  const file = fileURLToPath(new URL(`../${relativeDir}/index.ts`, import.meta.url));
  if (!existsSync(file)) return undefined;
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const factory = mod[exportName];
  return typeof factory === 'function' ? (factory as Factory) : undefined;
}
