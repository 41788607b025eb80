/** The `multiverse` command line: `run(argv)` resolves to the exit code. */
export { run } from './main.ts'
export { EXIT } from './exit-codes.ts'
