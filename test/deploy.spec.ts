/** What deploy/ ships: the example config loads, the mv function forwards only what it should. */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '@multiverse/agent'

const top = new URL('..', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'deploy-'))
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

describe('deploy/', () => {
  it('agent.example.yaml is a valid agent config', () => {
    const config = loadConfig({ config: join(top, 'deploy/agent.example.yaml') })
    expect(config).toMatchObject({ name: 'desktop', control: '/run/multiverse/agent.sock', reserve: ['0000:00:14.0'], discovery: ['mdns', 'addresses'] })
    expect(config.migration).toEqual({ maxOutgoing: 1, maxIncoming: 1, progressTimeoutMs: 150_000, dataPort: 4002 })
  })

  it('a data port that is not a port is refused, naming it', () => {
    const file = join(scratch, 'port.yaml')
    writeFileSync(file, 'name: h1\nmigration:\n  dataPort: 70000\n')
    expect(() => loadConfig({ config: file })).toThrow(/port\.yaml: migration\.dataPort/)
  })

  it('a config with an unknown key is refused, naming it', () => {
    const file = join(scratch, 'bad.yaml')
    writeFileSync(file, 'name: h1\nlisten: [/ip4/0.0.0.0/tcp/4001]\ncolour: blue\n')
    expect(() => loadConfig({ config: file })).toThrow(/bad\.yaml: .*colour/)
  })

  it('the mv function hands cluster commands to multiverse and the rest to coreutils mv', () => {
    const bin = join(scratch, 'bin')
    spawnSync('mkdir', ['-p', bin])
    writeFileSync(join(bin, 'multiverse'), '#!/bin/sh\necho "multiverse $*"\n')
    chmodSync(join(bin, 'multiverse'), 0o755)
    writeFileSync(join(scratch, 'a'), 'x')
    const script = `. ${join(top, 'deploy/mv.sh')}; mv cluster status --json; mv host inventory; mv ${join(scratch, 'a')} ${join(scratch, 'b')}`
    const result = spawnSync('bash', ['-c', script], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: 'utf8', timeout: 10_000 })
    expect(result.stdout).toBe('multiverse cluster status --json\nmultiverse host inventory\n')
    expect(existsSync(join(scratch, 'b'))).toBe(true)
    expect(existsSync(join(scratch, 'a'))).toBe(false)
  })

  it('the systemd unit runs the agent with the config, and no package ships a bin named mv', () => {
    const unit = spawnSync('cat', [join(top, 'deploy/multiverse-agent.service')], { encoding: 'utf8' }).stdout
    expect(unit).toMatch(/^ExecStart=.*multiverse\.js agent --config \/etc\/multiverse\/agent\.yaml$/m)
    const bins = spawnSync('grep', ['-rl', '"mv"', '--include=package.json', join(top, 'packages'), join(top, 'package.json')], { encoding: 'utf8' }).stdout
    expect(bins).toBe('')
  })
})
