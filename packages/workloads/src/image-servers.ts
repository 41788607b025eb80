/**
 * The image servers of the offline moves this host receives (docs/architecture.md §12): one
 * qemu-storage-daemon per migration, exporting its images over NBD on a loopback port that
 * only the migration's tunnel reaches. Its pid file outlives an agent killed mid-transfer, so
 * that the restarted agent stops the server it left before it undoes or commits.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { serveImages, stopImageServer } from '@multiverse/executor'
import type { ImageServer } from '@multiverse/executor'

export class ImageServers {
  private readonly dir: string
  private readonly running = new Map<string, ImageServer>()

  constructor (dir: string) {
    this.dir = dir
  }

  /** Serves `images` (export `dN`: the Nth) on the loopback `port` for the migration; a no-op when it does already. */
  async serve (migrationId: string, images: readonly string[], port: number): Promise<void> {
    if (this.running.has(migrationId)) return
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    const pidFile = this.pidFile(migrationId)
    // A server a killed agent left for this migration holds the port and the images.
    await stopImageServer(pidFile)
    this.running.set(migrationId, await serveImages(images.map((path, i) => ({ name: `d${i}`, path })), { port, pidFile }))
  }

  /** Stops the migration's server, every write on disk; also one a previous agent left. Idempotent. */
  async stop (migrationId: string): Promise<void> {
    const server = this.running.get(migrationId)
    this.running.delete(migrationId)
    if (server !== undefined) await server.close()
    await stopImageServer(this.pidFile(migrationId))
  }

  private pidFile (migrationId: string): string {
    // The id is 32 hex digits (validated on the wire): a plain file name.
    return join(this.dir, `${migrationId}.pid`)
  }
}
