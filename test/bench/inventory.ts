/**
 * npm run bench:inventory: the inventory of a large host (thousands of SR-IOV VFs) against
 * pciutils' lspci reading the same sysfs tree, in the same run. Prints medians and ratios.
 * Target: the full inventory (groups and reasons included) faster than lspci, under 200 ms.
 * The CLI row runs the bin as users do: from the bundle, built first when missing or stale.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInventory } from '@multiverse/inventory'
import { buildBundle, bundleIsStale } from '../../scripts/build.ts'
import { largeMachine } from '../fixtures/machines.ts'
import { writeMachine } from '../fixtures/sysfs-writer.ts'

const ROUNDS = 15
const PFS = Number(process.env.BENCH_PFS ?? 32)
const VFS = Number(process.env.BENCH_VFS ?? 63)

function median (samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time (run: () => void): number {
  run() // warm the page cache and the JIT: both tools then read the same cached tree
  const samples: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

if (bundleIsStale()) await buildBundle()

// tmpfs when there is one: writing 2,000 device directories to a busy disk takes a minute
const scratch = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bench-inventory-'))
try {
  const root = join(scratch, 'large')
  const machine = largeMachine(PFS, VFS)
  await writeMachine(machine, root)
  const inventory = readInventory({ root })
  console.log(`tree: ${inventory.devices.length} devices, ${inventory.iommuGroups.length} IOMMU groups, ${inventory.warnings.length} warnings`)

  const lspciArgs = ['-A', 'linux-sysfs', '-O', `sysfs.path=${join(root, 'sys/bus/pci')}`, '-nnk', '-vv']
  const lspci = time(() => { execFileSync('lspci', lspciArgs, { stdio: 'ignore', timeout: 60_000 }) })
  const inProcess = time(() => { readInventory({ root }) })
  const bin = new URL('../../packages/cli/bin/multiverse.js', import.meta.url).pathname
  const cli = time(() => {
    const result = spawnSync(process.execPath, [bin, 'host', 'inventory', '--root', root, '--json'], { stdio: 'ignore', timeout: 60_000 })
    if (result.status !== 0) throw new Error(`multiverse host inventory exited ${result.status}`)
  })

  const row = (name: string, ms: number): string => `${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / lspci).toFixed(2)} x lspci`
  console.log(`median of ${ROUNDS} rounds each`)
  console.log(row('lspci -nnk -vv -A linux-sysfs (process)', lspci))
  console.log(row('readInventory (in the agent)', inProcess))
  console.log(row('multiverse host inventory --json (process)', cli))
  console.log(`target: readInventory faster than lspci (${inProcess < lspci ? 'met' : 'MISSED'}) and under 200 ms (${inProcess < 200 ? 'met' : 'MISSED'})`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
