#!/usr/bin/env node
// The CLI is TypeScript that Node >= 22.18 runs as it is. On an older node, run it with the
// node@22 that `npm ci` installs next to the workspace.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url))
const [major, minor] = process.versions.node.split('.').map(Number)
if (major > 22 || (major === 22 && minor >= 18)) {
  const { run } = await import(main)
  process.exitCode = await run(process.argv.slice(2))
} else {
  const node = fileURLToPath(new URL('../../../node_modules/node/bin/node', import.meta.url))
  if (!existsSync(node)) {
    console.error(`multiverse: needs Node.js >= 22.18 (this is ${process.version}); run npm ci in the repository or install Node 22`)
    process.exit(1)
  }
  const child = spawnSync(node, [main, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}
