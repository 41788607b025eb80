// How `multiverse` and its agent are launched, in one place for the bin (bin/multiverse.js), the
// bundle's build (scripts/build.ts), bench:mesh and the test of the agent process. Plain
// JavaScript: the bin runs it on any Node, before it knows whether Node 22 is there.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository (or an installed copy of it with its node_modules). */
export const TOP = fileURLToPath(new URL('../../../', import.meta.url))
/** What `npm run build` makes: the whole CLI, agent included; it loads its chunks from dist/chunks. */
export const BUNDLE = join(TOP, 'dist', 'multiverse.mjs')

/**
 * The newest mtime of what the bundle is made from: the lock file, every package's sources and
 * package.json (`multiverse --version` prints the CLI's), and scripts/build.ts (how it is made;
 * an installed copy may leave it out).
 */
export function newestSource () {
  let newest = statSync(join(TOP, 'package-lock.json')).mtimeMs
  try { newest = Math.max(newest, statSync(join(TOP, 'scripts', 'build.ts')).mtimeMs) } catch {}
  for (const pkg of readdirSync(join(TOP, 'packages'))) {
    try { newest = Math.max(newest, statSync(join(TOP, 'packages', pkg, 'package.json')).mtimeMs) } catch {}
    let entries
    try { entries = readdirSync(join(TOP, 'packages', pkg, 'src'), { recursive: true, withFileTypes: true }) } catch { continue }
    for (const e of entries) if (e.isFile() && /\.(ts|js|json)$/.test(e.name)) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs)
  }
  return newest
}

/** The bundle, if it is at least as new as every source it is made from; else undefined. */
export function freshBundle () {
  try {
    return statSync(BUNDLE).mtimeMs >= newestSource() ? BUNDLE : undefined
  } catch {
    return undefined
  }
}

/** The V8 flags and environment the agent runs with (agent-runtime.json says why), paths resolved. */
export function agentRuntime () {
  const runtime = JSON.parse(readFileSync(new URL('./agent-runtime.json', import.meta.url), 'utf8'))
  return { v8Flags: runtime.v8Flags, env: { ...runtime.env, NODE_COMPILE_CACHE: join(TOP, runtime.compileCache) } }
}
