/**
 * npm run demo: a real three-host cluster on this machine. Three network namespaces on one
 * bridge (the LAN), one agent per host with its own fixture machine (a desktop, a laptop, a
 * two-socket server), formed through join tokens; then every host's view of the cluster.
 * The lab stays up to explore; `deploy/lab/lab down` removes it.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const top = join(fileURLToPath(import.meta.url), '..', '..')
const lab = join(top, 'deploy', 'lab', 'lab')

function run (title: string, command: string, args: string[]): void {
  console.log(`\n=== ${title}\n$ ${[command.replace(`${top}/`, ''), ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 120_000 })
  if (result.status !== 0) {
    console.error(`\ndemo: that step failed (exit ${result.status ?? result.signal}); the agents' logs are in /tmp/multiverse-lab/h*/agent.log`)
    process.exit(1)
  }
}

if (process.getuid?.() !== 0) {
  console.error([
    'demo: the demo builds a LAN of three hosts out of network namespaces, which needs root:',
    '  sudo npm run demo',
    'Without root, this shows what the machine itself offers:',
    '  npx multiverse host inventory'
  ].join('\n'))
  process.exit(1)
}
for (const tool of ['ip']) {
  if (spawnSync('which', [tool]).status !== 0) {
    console.error(`demo: ${tool} is missing: apt-get install iproute2`)
    process.exit(1)
  }
}

run('remove a lab left from an earlier run', 'bash', [lab, 'down'])
run('three hosts, each with its own agent, joined into one cluster', 'bash', [lab, 'up', '3'])
for (const host of ['h1', 'h2', 'h3']) {
  run(`the cluster as ${host} sees it`, 'bash', [lab, 'exec', host, '--', 'multiverse', 'cluster', 'status'])
}
run('GPUs anywhere in the cluster, from h2', 'bash', [lab, 'exec', 'h2', '--', 'multiverse', 'cluster', 'devices', '--class', 'gpu'])
run('h3 loses the LAN: the others mark it suspect after 3 s', 'bash', [lab, 'cut', 'h3'])
spawnSync('sleep', ['4'])
run('h1 after 4 s', 'bash', [lab, 'exec', 'h1', '--', 'multiverse', 'cluster', 'status'])
run('h3 back on the LAN', 'bash', [lab, 'heal', 'h3'])
spawnSync('sleep', ['2'])
run('h1 after 2 s', 'bash', [lab, 'exec', 'h1', '--', 'multiverse', 'cluster', 'status'])
console.log(`
The lab is still up. Explore it, then remove it:
  deploy/lab/lab exec h2 -- multiverse cluster status --json
  deploy/lab/lab kill h2; deploy/lab/lab start h2
  deploy/lab/lab down`)
