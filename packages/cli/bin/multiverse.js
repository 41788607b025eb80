#!/bin/sh
':' // ; self=$(readlink -f -- "$0") || exit 1; node="${self%/*}/../../../node_modules/node/bin/node"
':' // ; [ -x "$node" ] || node=node; exec "$node" "$self" "$@"
// The two lines above are sh (to Node, a string and a comment each): run as a command, this
// file starts the node@22 that `npm ci` installs next to the workspace (else the node on PATH)
// on itself, with no other Node first. A node of the machine that is older (Node 20 here) takes
// longer to start than Node 22 (65 ms against 25 ms) and cannot run the sources.
//
// Then it runs the bundle dist/multiverse.mjs (`npm run build`, `npm ci`) when one exists that
// is newer than every source it is made from: plain JavaScript in a few files, of which a
// command loads only what it uses (`multiverse cluster status` in ~60 ms here, against ~0.17 s
// from the TypeScript sources; the README's benchmarks). A stale bundle is never run: then, or
// with MULTIVERSE_SOURCES=1, it runs the sources, which Node >= 22.18 runs as they are.
// MULTIVERSE_LAUNCH_DEBUG=1 says on stderr which it runs, and on what Node.
//
// `multiverse agent` lives for days, so it gets a process of its own making: Node is started
// again (execve: same pid, for systemd and the lab) with the V8 flags and environment of
// agent-runtime.json (a small, idle, long-lived process). Run by an older node (`node
// bin/multiverse.js` with the machine's), the bin runs the same target with node@22 as a child.
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { agentRuntime, freshBundle } from './agent-launch.js'

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url))
const main = path('../src/main.ts')
const args = process.argv.slice(2)

const agent = args[0] === 'agent'
const bundle = process.env.MULTIVERSE_SOURCES === '1' ? undefined : freshBundle()
const target = bundle ?? main
const runtime = agent ? agentRuntime() : { v8Flags: [], env: {} }
const flags = runtime.v8Flags
const env = { ...runtime.env, ...process.env }
const [major, minor] = process.versions.node.split('.').map(Number)
const current = major > 22 || (major === 22 && minor >= 18)
if (process.env.MULTIVERSE_LAUNCH_DEBUG === '1') {
  process.stderr.write(`multiverse: running ${bundle === undefined ? 'the sources' : 'the bundle'} ${target} on Node ${current ? process.version : '22 (node_modules/node)'}\n`)
}
if (current) {
  if (agent && typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...flags, target, ...args], env)
  const { run } = await import(pathToFileURL(target).href)
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
