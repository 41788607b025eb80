import { fileURLToPath } from 'node:url'
import { EXIT, reportError } from './exit-codes.ts'
import { CommanderError, buildProgram } from './program.ts'

/** Runs one command line; resolves to the exit code. */
export async function run (argv: readonly string[]): Promise<number> {
  const io = {
    out: (text: string) => { process.stdout.write(text) },
    err: (text: string) => { process.stderr.write(text) },
    ...(process.stderr.isTTY ? { progress: process.stderr } : {})
  }
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' })
    return EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help, which is a success).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    return reportError(error, (line) => { io.err(`${line}\n`) })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2))
}
