// Named domain XML inputs shared by the rendering table, virt-xml-validate and virsh define
// tests: every case here must render to XML that libvirt accepts.
import type { VmSpec } from '@multiverse/domain'
import type { DomainXmlInput } from '../src/index.ts'

export function spec (overrides: Partial<VmSpec> = {}): VmSpec {
  return {
    name: 'desk',
    title: null,
    description: null,
    vcpus: 2,
    memoryBytes: 256 * 1024 * 1024,
    disks: [],
    devices: [],
    placement: { hostLabels: {}, group: null, antiAffinity: [], affinity: [], numa: 'none', host: null },
    migration: 'auto',
    boot: null,
    hugepageBytes: null,
    ...overrides
  }
}

export function input (overrides: Partial<DomainXmlInput> = {}, specOverrides: Partial<VmSpec> = {}): DomainXmlInput {
  return {
    spec: spec(specOverrides),
    owner: 'host-a',
    uuid: null,
    emulation: 'qemu',
    devices: [],
    disks: [],
    viommu: false,
    serialLog: null,
    network: null,
    ...overrides
  }
}

const GPU = { address: '0000:01:00.0', network: false, mac: null, romBar: true }
const AUDIO = { address: '0000:01:00.1', network: false, mac: null, romBar: false }
const VF = { address: '0000:03:10.1', network: true, mac: '52:54:00:aa:bb:cc', romBar: true }

/** Every case renders; each is checked by virt-xml-validate and, where a libvirtd runs, defined. */
export const CASES: Record<string, DomainXmlInput> = {
  minimal: input(),
  kvm: input({ emulation: 'kvm', uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f' }),
  disks: input({ disks: ['/var/lib/multiverse/images/desk-root.qcow2', '/var/lib/multiverse/images/desk-data.qcow2'] }),
  'gpu group': input({ devices: [GPU, AUDIO] }),
  'vf interface': input({ devices: [VF, { ...VF, address: '0000:03:10.3', mac: '52:54:00:aa:bb:cd', romBar: false }] }),
  'encapsulation with viommu': input({ emulation: 'kvm', viommu: true, devices: [GPU, AUDIO, VF] }),
  'hugepages 2MiB': input({ emulation: 'kvm' }, { memoryBytes: 512 * 1024 * 1024, hugepageBytes: 2 * 1024 * 1024 }),
  'hugepages 1GiB': input({ emulation: 'kvm', devices: [GPU, AUDIO] }, { memoryBytes: 4 * 1024 ** 3, hugepageBytes: 1024 ** 3 }),
  'serial console': input({ serialLog: '/var/log/multiverse/desk.console.log' }),
  'virtio on network': input({ network: { kind: 'network', source: 'default', mac: '52:54:00:00:00:01' } }),
  'virtio on bridge': input({ network: { kind: 'bridge', source: 'br0', mac: null } }),
  'kernel boot': input({ serialLog: '/tmp/desk.log' }, {
    boot: { kernel: '/srv/boot/vmlinuz-6.1.0-28-amd64', initrd: '/srv/boot/initrd.img', cmdline: 'console=ttyS0 panic=-1 quiet' }
  }),
  'kernel boot without initrd': input({}, { boot: { kernel: '/srv/boot/vmlinuz', initrd: null, cmdline: '' } }),
  'nasty title and description': input({}, {
    title: 'O\'Brien\'s "<VM>" & friends ]]> ünïcödé 🚀 \u00a0',
    description: 'first line\nsecond\ttabbed & <b>bold</b>\r\nwindows line ]]> \'quotes\' "double" 😀'
  }),
  'max-length name': input({}, { name: `a${'b'.repeat(61)}9`, title: 'x'.repeat(256), description: 'y'.repeat(4096) }),
  'nasty owner and paths': input({
    owner: 'host "<&>" \'o\'',
    disks: ["/var/lib/images/it's & <odd>.qcow2"],
    serialLog: '/var/log/a "b" <c>.log'
  }, {
    boot: { kernel: '/boot/k&<>"\'', initrd: '/boot/ïnitrd', cmdline: 'root=/dev/vda "init=/bin/sh -c \'x & y\'" <z>' }
  }),
  everything: input({
    emulation: 'kvm',
    uuid: '00000000-0000-4000-8000-000000000001',
    disks: ['/img/a.qcow2', '/img/b.qcow2', '/img/c.qcow2'],
    devices: [GPU, AUDIO, VF],
    viommu: true,
    serialLog: '/var/log/multiverse/everything.log',
    network: { kind: 'network', source: 'mv-net', mac: '52:54:00:12:34:56' }
  }, { title: 'All of it', description: 'every element', vcpus: 8, memoryBytes: 8 * 1024 ** 3 })
}
