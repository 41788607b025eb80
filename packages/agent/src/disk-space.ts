import { mkdirSync, readdirSync, statSync, statfsSync } from 'node:fs'
import { join } from 'node:path'

/** Adverts would change with every write to the disk: free space is told in steps of this. */
const STEP = 256 * 1024 ** 2

/**
 * What the images directory can give to VM disks, never overcommitted: its free space plus what
 * this host's images already take (the scheduler subtracts every VM's full disk size from it,
 * so a thin qcow2 image that grows later still has its room). Undefined when it cannot be read.
 */
export function imageSpace (dir: string): number | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const fs = statfsSync(dir)
    let taken = 0
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile()) taken += statSync(join(dir, entry.name)).blocks * 512
    }
    return Math.floor((fs.bavail * fs.bsize + taken) / STEP) * STEP
  } catch {
    return undefined
  }
}
