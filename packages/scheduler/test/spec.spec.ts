import { describe, expect, it } from 'vitest'
import { SpecError, parseSize, parseVmSpec } from '../src/index.ts'

const GiB = 1024 ** 3
const base = 'name: vm1\nvcpus: 2\nmemory: 2GiB\n'

describe('parseVmSpec: good specs', () => {
  it('reads the full example, every field normalized', () => {
    const spec = parseVmSpec(`
name: desktop
title: Desktop ✨ with a GPU
description: |
  The family desktop.
  Two lines.
vcpus: 4
memory: 8GiB
hugepages: 2MiB
disks: [{ name: root, size: 40GiB }]
devices:
  - { class: gpu, vendor: "10DE", count: 1, romBar: false }
  - { class: nic, vf: true, network: true }
  - { mapping: gpu-big }
placement:
  hostLabels: { site: home, rack: 3 }
  group: routers
  antiAffinity: [routers]
  affinity: [storage]
  numa: preferred
  host: null
migration: live
boot: { kernel: /var/lib/multiverse/boot/vmlinuz, initrd: /var/lib/multiverse/boot/initrd.img, cmdline: console=ttyS0 root=/dev/vda quiet }
`, 'desktop.yaml')
    expect(spec).toEqual({
      name: 'desktop',
      title: 'Desktop ✨ with a GPU',
      description: 'The family desktop.\nTwo lines.\n',
      vcpus: 4,
      memoryBytes: 8 * GiB,
      hugepageBytes: 2 * 1024 ** 2,
      disks: [{ name: 'root', sizeBytes: 40 * GiB }],
      devices: [
        { kind: 'selector', class: 'gpu', vendor: '10de', count: 1, romBar: false, network: false },
        { kind: 'selector', class: 'nic', vf: true, network: true, count: 1, romBar: true },
        { kind: 'mapping', mapping: 'gpu-big', network: false, romBar: true }
      ],
      placement: { hostLabels: { site: 'home', rack: '3' }, group: 'routers', antiAffinity: ['routers'], affinity: ['storage'], numa: 'preferred', host: null },
      migration: 'live',
      boot: { kernel: '/var/lib/multiverse/boot/vmlinuz', initrd: '/var/lib/multiverse/boot/initrd.img', cmdline: 'console=ttyS0 root=/dev/vda quiet' }
    })
  })

  it.each([
    ['defaults filled', base, {
      title: null, description: null, disks: [], devices: [], migration: 'auto', boot: null, hugepageBytes: null,
      placement: { hostLabels: {}, group: null, antiAffinity: [], affinity: [], numa: 'none', host: null }
    }],
    ['kernel alone: no initrd, empty cmdline', `${base}boot: { kernel: /boot/vmlinuz }`, { boot: { kernel: '/boot/vmlinuz', initrd: null, cmdline: '' } }],
    ['title of 256 characters, emoji count once', `${base}title: "${'🚀'.repeat(256)}"`, { title: '🚀'.repeat(256) }],
    ['description of 4096 characters', `${base}description: "${'é'.repeat(4096)}"`, { description: 'é'.repeat(4096) }],
    ['cmdline of 1024 characters', `${base}boot: { kernel: /k, cmdline: "${'a'.repeat(1024)}" }`, { boot: { kernel: '/k', initrd: null, cmdline: 'a'.repeat(1024) } }],
    ['affinity alone', `${base}placement: { affinity: [db, cache] }`, { placement: { hostLabels: {}, group: null, antiAffinity: [], affinity: ['db', 'cache'], numa: 'none', host: null } }],
    ['JSON is YAML too', '{"name":"vm1","vcpus":2,"memory":2147483648}', { memoryBytes: 2 * GiB }],
    ['unquoted numeric vendor id', `${base}devices: [{ vendor: 8086 }]`, { devices: [{ kind: 'selector', vendor: '8086', count: 1, network: false, romBar: true }] }],
    ['count defaults to 1', `${base}devices: [{ class: usb }]`, { devices: [{ kind: 'selector', class: 'usb', count: 1, network: false, romBar: true }] }],
    ['fractional sizes', 'name: vm1\nvcpus: 1\nmemory: 1.5 GiB\n', { memoryBytes: 1.5 * GiB }],
    ['hugepages of 2MiB', `${base}hugepages: 2MiB`, { memoryBytes: 2 * GiB, hugepageBytes: 2 * 1024 ** 2 }],
    ['hugepages of 1GiB', 'name: vm1\nvcpus: 1\nmemory: 4GiB\nhugepages: 1GiB', { memoryBytes: 4 * GiB, hugepageBytes: GiB }],
    ['hugepages as a byte count', `${base}hugepages: 2097152`, { hugepageBytes: 2 * 1024 ** 2 }],
    ['hugepages of 4KiB, the smallest', `${base}hugepages: 4 KiB`, { hugepageBytes: 4096 }],
    ['hugepages null is none', `${base}hugepages: null`, { hugepageBytes: null }],
    ['pinned host', `${base}placement: { host: server }`, { placement: { hostLabels: {}, group: null, antiAffinity: [], affinity: [], numa: 'none', host: 'server' } }]
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
    ['absurd memory', 'name: vm1\nvcpus: 1\nmemory: 65TiB', 'desktop.yaml: memory: is larger than 64 TiB: check the unit'],
    ['decimal unit', 'name: vm1\nvcpus: 1\nmemory: 8GB', 'desktop.yaml: memory: unknown unit "GB" (did you mean GiB?): use B, KiB, MiB, GiB or TiB'],
    ['not a size', 'name: vm1\nvcpus: 1\nmemory: lots', 'desktop.yaml: memory: "lots" is not a size: write it like 8GiB, 512MiB or 1073741824'],
    ['tiny memory', 'name: vm1\nvcpus: 1\nmemory: 1024', 'desktop.yaml: memory: must be at least 1 MiB'],
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
    ['title too long', `${base}title: "${'t'.repeat(257)}"`, 'desktop.yaml: title: must be at most 256 characters (it has 257): put the rest in description'],
    ['title on two lines', `${base}title: "one\\ntwo"`, 'desktop.yaml: title: has a control or invalid character (U+000A at character 4): remove it'],
    ['title as a number', `${base}title: 42`, 'desktop.yaml: title: must be a string'],
    ['description too long', `${base}description: "${'d'.repeat(4097)}"`, 'desktop.yaml: description: must be at most 4096 characters (it has 4097)'],
    ['NUL in description', `${base}description: "a\\0b"`, 'desktop.yaml: description: has a control or invalid character (U+0000 at character 2): remove it'],
    ['bad affinity group', `${base}placement: { affinity: [-db] }`, 'desktop.yaml: placement.affinity[0]: must be a group name: a letter or digit, then letters, digits, . _ - (at most 63)'],
    ['affinity not a list', `${base}placement: { affinity: db }`, 'desktop.yaml: placement.affinity: must be a list'],
    ['boot without kernel', `${base}boot: { initrd: /boot/initrd }`, 'desktop.yaml: boot.kernel: is required'],
    ['relative kernel', `${base}boot: { kernel: boot/vmlinuz }`, 'desktop.yaml: boot.kernel: must be an absolute path (starting with /), like /var/lib/multiverse/boot/vmlinuz'],
    ['kernel with ..', `${base}boot: { kernel: /var/lib/../../etc/shadow }`, 'desktop.yaml: boot.kernel: must not contain .. segments: write the path without them'],
    ['initrd with //', `${base}boot: { kernel: /k, initrd: /boot//./initrd }`, 'desktop.yaml: boot.initrd: must be normalized: write /boot/initrd'],
    ['kernel is a directory', `${base}boot: { kernel: /boot/ }`, 'desktop.yaml: boot.kernel: must name a file, not a directory: drop the trailing /'],
    ['control character in a path', `${base}boot: { kernel: "/boot/vm\\nlinuz" }`, 'desktop.yaml: boot.kernel: must not contain control characters'],
    ['cmdline too long', `${base}boot: { kernel: /k, cmdline: "${'a'.repeat(1025)}" }`, 'desktop.yaml: boot.cmdline: must be at most 1024 characters'],
    ['cmdline with a newline', `${base}boot: { kernel: /k, cmdline: "quiet\\ninit=/bin/sh" }`, 'desktop.yaml: boot.cmdline: must be printable ASCII on one line (no control or non-ASCII characters)'],
    ['unknown boot field', `${base}boot: { kernel: /k, append: quiet }`, 'desktop.yaml: boot.append: unknown field: check the spelling'],
    ['hugepages not a power of two', `${base}hugepages: 3MiB`, 'desktop.yaml: hugepages: 3 MiB is not a page size: must be a power of two of at least 4 KiB, like 2MiB or 1GiB'],
    ['hugepages under 4KiB', `${base}hugepages: 2KiB`, 'desktop.yaml: hugepages: 2 KiB is not a page size: must be a power of two of at least 4 KiB, like 2MiB or 1GiB'],
    ['hugepages of 0', `${base}hugepages: 0`, 'desktop.yaml: hugepages: 0 B is not a page size: must be a power of two of at least 4 KiB, like 2MiB or 1GiB'],
    ['hugepages in decimal units', `${base}hugepages: 2MB`, 'desktop.yaml: hugepages: unknown unit "MB" (did you mean MiB?): use B, KiB, MiB, GiB or TiB'],
    ['hugepages as a word', `${base}hugepages: yes`, 'desktop.yaml: hugepages: "yes" is not a size: write it like 8GiB, 512MiB or 1073741824'],
    ['memory not whole hugepages', 'name: vm1\nvcpus: 1\nmemory: 5.5GiB\nhugepages: 1GiB',
      'desktop.yaml: memory: 5.5 GiB is not a whole number of 1 GiB hugepages: make it a multiple of 1 GiB (like 5 GiB or 6 GiB)'],
    ['memory under one hugepage', 'name: vm1\nvcpus: 1\nmemory: 512MiB\nhugepages: 1GiB',
      'desktop.yaml: memory: 512 MiB is not a whole number of 1 GiB hugepages: make it a multiple of 1 GiB (like 1 GiB)'],
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
    [Infinity, 'must be a finite size'], ['65TiB', 'is larger than 64 TiB: check the unit']
  ])('%j is refused: %s', (input, problem) => {
    expect(parseSize(input)).toEqual({ ok: false, problem })
  })
})
