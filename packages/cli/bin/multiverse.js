#!/usr/bin/env node
// The CLI is TypeScript that Node >= 22.18 runs as it is. On an older node, run it with the
// node@22 that `npm ci` installs next to the workspace.
//
// `multiverse agent` lives for days, so it gets a process of its own making: Node is started
// again (execve: same pid, for systemd and the lab) with the V8 flags and environment of
// agent-runtime.json (a small, idle, long-lived process), running
// the bundle dist/multiverse.mjs (`npm run build`) when one exists that is newer than every
// source it is made from, else the TypeScript sources. The bundle starts in a fraction of the
// time and holds ~60 MB less. MULTIVERSE_SOURCES=1 runs the sources anyway.
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { agentRuntime, freshBundle } from './agent-launch.js'

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url))
const main = path('../src/main.ts')
const args = process.argv.slice(2)

const agent = args[0] === 'agent'
const target = agent && process.env.MULTIVERSE_SOURCES !== '1' ? freshBundle() ?? main : main
const runtime = agent ? agentRuntime() : { v8Flags: [], env: {} }
const flags = runtime.v8Flags
const env = { ...runtime.env, ...process.env }
const [major, minor] = process.versions.node.split('.').map(Number)
if (major > 22 || (major === 22 && minor >= 18)) {
  if (agent && typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...flags, target, ...args], env)
  const { run } = await import(main)
  process.exitCode = await run(args)
} else {
  const node = path('../../../node_modules/node/bin/node')
  try { statSync(node) } catch {
    console.error(`multiverse: needs Node.js >= 22.18 (this is ${process.version}); run npm ci in the repository or install Node 22`)
    process.exit(1)
  }
  const child = spawnSync(node, [...flags, target, ...args], { stdio: 'inherit', env })
  process.exit(child.status ?? 1)
}
