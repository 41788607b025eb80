/**
 * A stand-in for the multiverse CLI's cluster commands, talking to test/lab/fake-agent.ts:
 * LAB_CLI_CMD="$PWD/node_modules/.bin/node $PWD/test/lab/fake-cli.ts".
 * cluster init | token | join TOKEN | status, with --control SOCKET (or MULTIVERSE_CONTROL)
 * and --json (always JSON).
 */
import { createConnection } from 'node:net'

const argv = process.argv.slice(2)
const flag = (name: string): string | undefined => { const i = argv.indexOf(name); return i < 0 ? undefined : argv[i + 1] }
const control = flag('--control') ?? process.env.MULTIVERSE_CONTROL
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--control')
const [group, op, token] = positional
if (group !== 'cluster' || op === undefined || !['init', 'token', 'join', 'status'].includes(op) || control === undefined) {
  console.error('usage: fake-cli cluster init|token|join TOKEN|status --control SOCKET [--json]')
  process.exit(2)
}
const socket = createConnection(control)
socket.setEncoding('utf8')
let buffer = ''
socket.on('error', (error) => { console.error(`fake-cli: ${control}: ${error.message}`); process.exit(1) })
socket.on('connect', () => { socket.write(`${JSON.stringify({ op, token })}\n`) })
socket.on('data', (chunk: string) => {
  buffer += chunk
  const nl = buffer.indexOf('\n')
  if (nl < 0) return
  const reply = JSON.parse(buffer.slice(0, nl)) as { error?: string }
  socket.destroy()
  if (reply.error !== undefined) { console.error(`fake-cli: ${reply.error}`); process.exit(1) }
  console.log(JSON.stringify(reply))
})
