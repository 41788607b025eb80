/** Another agent (or another process) holds the data directory's LevelDB lock. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  readonly dataDir: string
  constructor (dataDir: string, options?: { cause?: unknown }) {
    super(`the data directory ${dataDir} is in use by another agent: stop it first, or give this one its own --data`, options)
    this.dataDir = dataDir
  }
}

/** The data directory cannot be created or opened (permissions, a file in the way, corruption). */
export class DataDirError extends Error {
  override name = 'DataDirError'
  readonly dataDir: string
  constructor (dataDir: string, problem: string, options?: { cause?: unknown }) {
    super(`the data directory ${dataDir} ${problem}`, options)
    this.dataDir = dataDir
  }
}
