/**
 * npm run demo: what the cluster mesh can do so far. Shows this host's inventory, then the
 * inventory of each fixture machine (a desktop, a laptop, a two-socket server...), as the
 * hosts of a cluster would advertise them.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildFixtures } from '../test/fixtures/build.ts'

const top = join(fileURLToPath(import.meta.url), '..', '..')
const bin = join(top, 'packages', 'cli', 'bin', 'multiverse.js')

function show (title: string, args: string[]): void {
  console.log(`\n=== ${title}\n$ multiverse ${args.join(' ')}`)
  const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', timeout: 60_000 })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

show('this host', ['host', 'inventory'])
const roots = await buildFixtures(join(top, '.fixtures'))
for (const [name, root] of Object.entries(roots)) {
  show(`fixture machine "${name}"`, ['host', 'inventory', '--root', root])
}
