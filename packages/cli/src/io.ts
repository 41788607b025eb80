/** Where a command writes: stdout and stderr in the bin, buffers in tests. */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** Where progress bars are drawn: stderr when it is a terminal; absent, none is. */
  progress?: NodeJS.WritableStream
}
