/** A bench script's options (node:util's parseArgs, and -h/--help): a bad option prints it and the usage and exits 2. */
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>['values']

export function benchArgs<O extends Options> (usage: string, options: O): Values<O> {
  const asked = process.argv.slice(2)
  if (asked.includes('--help') || asked.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parseArgs({ options }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
}
