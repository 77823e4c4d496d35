import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A file the build copies beside the bundle (scripts/build.mjs: every chunk of a bundle sits in
 * one folder, so "beside this module" is beside the bundle). From the sources (tests, the CLI
 * run with tsx) there is no copy, and the package's own file in node_modules is read instead.
 */
export function assetPath(name: string, inPackage: string): string {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL(`../../node_modules/${inPackage}`, import.meta.url));
}
