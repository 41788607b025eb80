import { describe, expect, it } from 'vitest'
import { SpecError, parseSize, parseVmSpec } from '../src/index.ts'

const GiB = 1024 ** 3
const base = 'name: vm1\nvcpus: 2\nmemory: 2GiB\n'

describe('parseVmSpec: good specs', () => {
  it('reads the full example, every field normalized', () => {
    const spec = parseVmSpec(`
name: desktop
vcpus: 4
memory: 8GiB
disks: [{ name: root, size: 40GiB }]
devices:
  - { class: gpu, vendor: "10DE", count: 1, romBar: false }
  - { class: nic, vf: true, network: true }
  - { mapping: gpu-big }
placement:
  hostLabels: { site: home, rack: 3 }
  group: routers
  antiAffinity: [routers]
  numa: preferred
  host: null
migration: live
`, 'desktop.yaml')
    expect(spec).toEqual({
      name: 'desktop',
      vcpus: 4,
      memoryBytes: 8 * GiB,
      disks: [{ name: 'root', sizeBytes: 40 * GiB }],
      devices: [
        { kind: 'selector', class: 'gpu', vendor: '10de', count: 1, romBar: false, network: false },
        { kind: 'selector', class: 'nic', vf: true, network: true, count: 1, romBar: true },
        { kind: 'mapping', mapping: 'gpu-big', network: false, romBar: true }
      ],
      placement: { hostLabels: { site: 'home', rack: '3' }, group: 'routers', antiAffinity: ['routers'], numa: 'preferred', host: null },
      migration: 'live'
    })
  })

  it.each([
    ['defaults filled', base, { disks: [], devices: [], migration: 'auto', placement: { hostLabels: {}, group: null, antiAffinity: [], numa: 'none', host: null } }],
    ['JSON is YAML too', '{"name":"vm1","vcpus":2,"memory":2147483648}', { memoryBytes: 2 * GiB }],
    ['unquoted numeric vendor id', `${base}devices: [{ vendor: 8086 }]`, { devices: [{ kind: 'selector', vendor: '8086', count: 1, network: false, romBar: true }] }],
    ['count defaults to 1', `${base}devices: [{ class: usb }]`, { devices: [{ kind: 'selector', class: 'usb', count: 1, network: false, romBar: true }] }],
    ['fractional sizes', 'name: vm1\nvcpus: 1\nmemory: 1.5 GiB\n', { memoryBytes: 1.5 * GiB }],
    ['pinned host', `${base}placement: { host: server }`, { placement: { hostLabels: {}, group: null, antiAffinity: [], numa: 'none', host: 'server' } }]
  ])('%s', (_name, text, expected) => {
    expect(parseVmSpec(text, 'vm1.yaml')).toMatchObject(expected)
  })
})

describe('parseVmSpec: bad input names the file, the field and the fix', () => {
  it.each([
    ['count 0', `${base}devices: [{ class: gpu, count: 0 }]`, 'desktop.yaml: devices[0].count: must be at least 1'],
    ['negative memory', 'name: vm1\nvcpus: 1\nmemory: -1GiB', 'desktop.yaml: memory: must not be negative'],
    ['negative disk size', `${base}disks: [{ name: root, size: -5 }]`, 'desktop.yaml: disks[0].size: must not be negative'],
    ['zero disk size', `${base}disks: [{ name: root, size: 0 }]`, 'desktop.yaml: disks[0].size: must be more than 0'],
    ['absurd memory', 'name: vm1\nvcpus: 1\nmemory: 65TiB', 'desktop.yaml: memory: is larger than 64TiB: check the unit'],
    ['decimal unit', 'name: vm1\nvcpus: 1\nmemory: 8GB', 'desktop.yaml: memory: unknown unit "GB" (did you mean GiB?): use B, KiB, MiB, GiB or TiB'],
    ['not a size', 'name: vm1\nvcpus: 1\nmemory: lots', 'desktop.yaml: memory: "lots" is not a size: write it like 8GiB, 512MiB or 1073741824'],
    ['tiny memory', 'name: vm1\nvcpus: 1\nmemory: 1024', 'desktop.yaml: memory: must be at least 1MiB'],
    ['unknown top field', `${base}antiAfinity: [routers]`, 'desktop.yaml: antiAfinity: unknown field: check the spelling'],
    ['unknown placement field', `${base}placement: { hostLabel: {} }`, 'desktop.yaml: placement.hostLabel: unknown field: check the spelling'],
    ['unknown device field', `${base}devices: [{ class: gpu, vendr: "10de" }]`, 'desktop.yaml: devices[0].vendr: unknown field: check the spelling'],
    ['count on a mapping', `${base}devices: [{ mapping: gpu-big, count: 2 }]`, 'desktop.yaml: devices[0].count: unknown field: check the spelling'],
    ['empty selector', `${base}devices: [{ vf: true }]`, 'desktop.yaml: devices[0]: say which device: give at least one of class, vendor, device, subsystemVendor, subsystemDevice'],
    ['bridge class', `${base}devices: [{ class: bridge }]`, 'desktop.yaml: devices[0].class: must be one of gpu, display, audio, nic, usb, nvme, storage, accelerator, serial-bus, other'],
    ['bad vendor id', `${base}devices: [{ vendor: nvidia }]`, 'desktop.yaml: devices[0].vendor: must be 4 hex digits, quoted, like "10de"'],
    ['missing vcpus', 'name: vm1\nmemory: 1GiB', 'desktop.yaml: vcpus: is required'],
    ['vcpus as text', 'name: vm1\nvcpus: four\nmemory: 1GiB', 'desktop.yaml: vcpus: must be a number'],
    ['fractional vcpus', 'name: vm1\nvcpus: 1.5\nmemory: 1GiB', 'desktop.yaml: vcpus: must be a whole number'],
    ['bad name', 'name: -x\nvcpus: 1\nmemory: 1GiB', 'desktop.yaml: name: must be a VM name: a letter or digit, then letters, digits, . _ - (at most 63)'],
    ['bad numa', `${base}placement: { numa: yes }`, 'desktop.yaml: placement.numa: must be none, preferred or required'],
    ['bad migration', `${base}migration: sometimes`, 'desktop.yaml: migration: must be auto, live, offline or never'],
    ['duplicate disk', `${base}disks: [{ name: a, size: 1GiB }, { name: a, size: 1GiB }]`, 'desktop.yaml: disks[1].name: another disk is already named a'],
    ['not a mapping', '- a\n- b', 'desktop.yaml: (top): must be a mapping of fields (name, vcpus, memory...)'],
    ['not YAML', 'name: [', /^desktop\.yaml: line 1: not valid YAML or JSON: /]
  ])('%s', (_name, text, message) => {
    let error: unknown
    try { parseVmSpec(text, 'desktop.yaml') } catch (e) { error = e }
    expect(error).toBeInstanceOf(SpecError)
    expect((error as SpecError).name).toBe('SpecError')
    if (typeof message === 'string') expect((error as SpecError).message).toBe(message)
    else expect((error as SpecError).message).toMatch(message)
  })

  it('lists every problem, one line each, and keeps the first path', () => {
    const error = (() => { try { parseVmSpec('name: vm1\nvcpus: 0\nmemory: 1GiB\nbogus: 1', 'a.yaml') } catch (e) { return e as SpecError } })()!
    expect(error.problems.map((p) => p.path)).toEqual(['vcpus', 'bogus'])
    expect(error.path).toBe('vcpus')
    expect(error.message.split('\n')).toHaveLength(2)
  })
})

describe('parseSize', () => {
  it.each([
    [1024, 1024], ['1024', 1024], ['1KiB', 1024], ['2 MiB', 2 * 1024 ** 2], ['8GiB', 8 * GiB], ['1TiB', 1024 ** 4], ['64TiB', 64 * 1024 ** 4], ['0.5KiB', 512]
  ])('%j is %i bytes', (input, bytes) => {
    expect(parseSize(input)).toEqual({ ok: true, bytes })
  })
  it.each([
    [-1, 'must not be negative'], ['8gb', 'unknown unit "gb" (did you mean GiB?): use B, KiB, MiB, GiB or TiB'], [true, 'must be a size like 8GiB or a byte count'],
    [Infinity, 'must be a finite size'], ['65TiB', 'is larger than 64TiB: check the unit']
  ])('%j is refused: %s', (input, problem) => {
    expect(parseSize(input)).toEqual({ ok: false, problem })
  })
})
