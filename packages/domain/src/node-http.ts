import { createRequire } from 'node:module'

/**
 * node:http, loaded with require. An ESM import of it builds a facade that reads every export,
 * and one of them is a lazy getter that loads undici (Node's fetch): ~35 ms of every start of
 * the agent and of the CLI, for something neither uses.
 */
export const nodeHttp = createRequire(import.meta.url)('node:http') as typeof import('node:http')
