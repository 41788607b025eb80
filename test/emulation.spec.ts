/**
 * A host without a usable /dev/kvm: the inventory says so, and an agent left at `--emulation
 * auto` defines its VMs under TCG (docs/architecture.md §4). On the machine itself, libvirt's
 * own answer is checked against the same probe in packages/executor/test/libvirt-real.spec.ts;
 * test/support/without-kvm runs any test as if the machine had none.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostInventorySchema } from '@multiverse/domain'
import { resolveEmulation } from '../packages/agent/src/config.ts'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'

const BIN = new URL('../packages/cli/bin/multiverse.js', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'emulation-'))
beforeAll(async () => {
  await writeMachine(MACHINES.desktop!, join(scratch, 'with-kvm'))
  await writeMachine({ ...MACHINES.desktop!, kvm: false }, join(scratch, 'without-kvm'))
})
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

function inventory (root: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, 'host', 'inventory', '--root', join(scratch, root), ...args], { encoding: 'utf8', timeout: 30_000 })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

describe('emulation', () => {
  it.each([
    ['auto', true, 'kvm'],
    ['auto', false, 'qemu'],
    ['qemu', true, 'qemu'],
    ['kvm', false, 'kvm']
  ] as const)('%s with kvm usable=%s defines VMs as %s', (setting, kvm, expected) => {
    expect(resolveEmulation(setting, kvm)).toBe(expected)
  })

  it('host inventory says whether KVM is usable, in the table and in --json', () => {
    expect(inventory('with-kvm')).toMatch(/KVM usable/)
    expect(inventory('without-kvm')).toMatch(/KVM not usable/)
    expect(hostInventorySchema.parse(JSON.parse(inventory('without-kvm', '--json'))).kvm).toBe(false)
    expect(hostInventorySchema.parse(JSON.parse(inventory('with-kvm', '--json'))).kvm).toBe(true)
  })
})
