import { describe, expect, it } from 'vitest'
import { InvalidPciAddressError } from '@multiverse/domain'
import { InvalidNameError, InvalidXmlValueError, diskLetters, renderDomainXml } from '../src/index.ts'
import { CASES, input } from './xml-cases.ts'

describe('renderDomainXml: what each case contains', () => {
  const table: [string, string[], string[]][] = [
    ['minimal', ["<domain type='qemu'>", '<name>desk</name>', "machine='q35'", "<boot dev='hd'/>",
      "<mv:vm xmlns:mv='urn:multiverse-os:cluster:vm:1'>", '<mv:owner>host-a</mv:owner>', "<memory unit='KiB'>262144</memory>",
      "<vcpu placement='static'>2</vcpu>", "<memballoon model='none'/>"], ['<title>', '<iommu', '<cpu', '<serial', '<interface', '<uuid>']],
    ['kvm', ["<domain type='kvm'>", "<cpu mode='host-passthrough'", '<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>'], []],
    ['disks', ["<source file='/var/lib/multiverse/images/desk-root.qcow2'/>\n      <target dev='vda' bus='virtio'/>",
      "<source file='/var/lib/multiverse/images/desk-data.qcow2'/>\n      <target dev='vdb' bus='virtio'/>", "type='qcow2'"], []],
    ['gpu group', ["<hostdev mode='subsystem' type='pci' managed='no'>\n      <source>\n        <address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>\n      </source>\n    </hostdev>",
      "function='0x1'/>\n      </source>\n      <rom bar='off'/>\n    </hostdev>"], ["managed='yes'", '<iommu']],
    ['vf interface', ["<interface type='hostdev' managed='no'>\n      <mac address='52:54:00:aa:bb:cc'/>\n      <source>\n        <address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/>\n      </source>\n    </interface>",
      "function='0x3'/>\n      </source>\n      <rom bar='off'/>"], ['<hostdev']],
    ['encapsulation with viommu', ["<iommu model='intel'>\n      <driver intremap='on' caching_mode='on'/>\n    </iommu>", "<ioapic driver='qemu'/>"], []],
    ['hugepages 2MiB', ["<memory unit='KiB'>524288</memory>\n  <memoryBacking>\n    <hugepages>\n      <page size='2048' unit='KiB'/>\n    </hugepages>\n  </memoryBacking>"], []],
    ['hugepages 1GiB', ["<page size='1048576' unit='KiB'/>", "<hostdev mode='subsystem'"], []],
    ['serial console', ["<serial type='file'>\n      <source path='/var/log/multiverse/desk.console.log' append='on'/>",
      "<console type='file'>\n      <source path='/var/log/multiverse/desk.console.log' append='on'/>\n      <target type='serial' port='0'/>"], []],
    ['virtio on network', ["<interface type='network'>\n      <mac address='52:54:00:00:00:01'/>\n      <source network='default'/>\n      <model type='virtio'/>"], []],
    ['virtio on bridge', ["<interface type='bridge'>\n      <source bridge='br0'/>"], ['<mac']],
    ['kernel boot', ['<kernel>/srv/boot/vmlinuz-6.1.0-28-amd64</kernel>', '<initrd>/srv/boot/initrd.img</initrd>',
      '<cmdline>console=ttyS0 panic=-1 quiet</cmdline>'], ['<boot dev']],
    ['kernel boot without initrd', ['<kernel>/srv/boot/vmlinuz</kernel>'], ['<initrd>', '<cmdline>']],
    ['nasty title and description', [
      '<title>O&apos;Brien&apos;s &quot;&lt;VM&gt;&quot; &amp; friends ]]&gt; ünïcödé 🚀 \u00a0</title>',
      '<description>first line\nsecond\ttabbed &amp; &lt;b&gt;bold&lt;/b&gt;&#13;\nwindows line ]]&gt; &apos;quotes&apos; &quot;double&quot; 😀</description>'], ['<b>']],
    ['max-length name', [`<name>a${'b'.repeat(61)}9</name>`], []],
    ['nasty owner and paths', ['<mv:owner>host &quot;&lt;&amp;&gt;&quot; &apos;o&apos;</mv:owner>',
      "<source file='/var/lib/images/it&apos;s &amp; &lt;odd&gt;.qcow2'/>", "<source path='/var/log/a &quot;b&quot; &lt;c&gt;.log' append='on'/>",
      '<kernel>/boot/k&amp;&lt;&gt;&quot;&apos;</kernel>', '<cmdline>root=/dev/vda &quot;init=/bin/sh -c &apos;x &amp; y&apos;&quot; &lt;z&gt;</cmdline>'], []]
  ]
  it.each(table)('%s', (name, present, absent) => {
    const xml = renderDomainXml(CASES[name]!)
    for (const s of present) expect(xml).toContain(s)
    for (const s of absent) expect(xml).not.toContain(s)
  })

  it('every case renders, and the table covers every case but the catch-all', () => {
    for (const c of Object.values(CASES)) expect(renderDomainXml(c)).toMatch(/^<domain [^]*<\/domain>\n$/)
    expect(new Set(table.map(([n]) => n))).toEqual(new Set(Object.keys(CASES).filter((n) => n !== 'everything')))
  })

  it('never lets a quote or angle bracket from a value through unescaped', () => {
    const xml = renderDomainXml(CASES['nasty owner and paths']!)
    // Every attribute value is single-quoted: a raw ' inside one would end it early.
    for (const m of xml.matchAll(/='([^']*)'/g)) expect(m[1]).not.toMatch(/[<"]|&(?!(?:amp|lt|gt|quot|apos|#13);)/)
  })
})

describe('renderDomainXml: refusals name the field', () => {
  const table: [string, () => unknown, new (...a: any[]) => Error, string][] = [
    ['NUL in title', () => input({}, { title: 'a\u0000b' }), InvalidXmlValueError, 'title'],
    ['line break in title', () => input({}, { title: 'a\nb' }), InvalidXmlValueError, 'title'],
    ['escape char in description', () => input({}, { description: 'ok\u001b[31m' }), InvalidXmlValueError, 'description'],
    ['lone surrogate in description', () => input({}, { description: 'x\ud800y' }), InvalidXmlValueError, 'description'],
    ['U+FFFE in title', () => input({}, { title: '\ufffe' }), InvalidXmlValueError, 'title'],
    ['C1 control in owner', () => input({ owner: 'a\u0085' }), InvalidXmlValueError, 'owner'],
    ['title too long', () => input({}, { title: 'x'.repeat(257) }), InvalidXmlValueError, 'title'],
    ['control char in cmdline', () => input({}, { boot: { kernel: '/k', initrd: null, cmdline: 'a\u0007' } }), InvalidXmlValueError, 'boot.cmdline'],
    ['relative kernel path', () => input({}, { boot: { kernel: 'vmlinuz', initrd: null, cmdline: '' } }), InvalidXmlValueError, 'boot.kernel'],
    ['.. in initrd path', () => input({}, { boot: { kernel: '/k', initrd: '/boot/../etc/shadow', cmdline: '' } }), InvalidXmlValueError, 'boot.initrd'],
    ['newline in disk path', () => input({ disks: ['/a\n.qcow2'] }), InvalidXmlValueError, 'disks[0]'],
    ['relative serial log', () => input({ serialLog: 'log' }), InvalidXmlValueError, 'serialLog'],
    ['quote in VM name', () => input({}, { name: "desk'1" }), InvalidNameError, 'name'],
    ['64-character name', () => input({}, { name: 'a'.repeat(64) }), InvalidNameError, 'name'],
    ['unicode name', () => input({}, { name: 'dësk' }), InvalidNameError, 'name'],
    ['upper-case PCI address', () => input({ devices: [{ address: '0000:01:00.A', network: false, mac: null, romBar: true }] }), InvalidPciAddressError, '0000:01:00.A'],
    ['path in PCI address', () => input({ devices: [{ address: '../../../x', network: false, mac: null, romBar: true }] }), InvalidPciAddressError, '../../../x'],
    ['short PCI address', () => input({ devices: [{ address: '01:00.0', network: false, mac: null, romBar: true }] }), InvalidPciAddressError, '01:00.0'],
    ['same device twice', () => input({ devices: [{ address: '0000:01:00.0', network: false, mac: null, romBar: true }, { address: '0000:01:00.0', network: false, mac: null, romBar: true }] }), InvalidXmlValueError, 'devices[1].address'],
    ['VF without MAC', () => input({ devices: [{ address: '0000:03:10.1', network: true, mac: null, romBar: true }] }), InvalidXmlValueError, 'devices[0].mac'],
    ['multicast MAC', () => input({ devices: [{ address: '0000:03:10.1', network: true, mac: '01:00:5e:00:00:01', romBar: true }] }), InvalidXmlValueError, 'devices[0].mac'],
    ['upper-case MAC', () => input({ network: { kind: 'network', source: 'default', mac: '52:54:00:AA:BB:CC' } }), InvalidXmlValueError, 'network.mac'],
    ['slash in network name', () => input({ network: { kind: 'network', source: '../x', mac: null } }), InvalidXmlValueError, 'network.source'],
    ['bad uuid', () => input({ uuid: "x' />" }), InvalidXmlValueError, 'uuid'],
    ['zero vcpus', () => input({}, { vcpus: 0 }), InvalidXmlValueError, 'vcpus'],
    ['fractional memory', () => input({}, { memoryBytes: 1.5 }), InvalidXmlValueError, 'memoryBytes'],
    ['hugepage size not a power of two', () => input({}, { memoryBytes: 3 * 1024 ** 3, hugepageBytes: 3 * 1024 ** 2 }), InvalidXmlValueError, 'hugepageBytes'],
    ['hugepage size under 4KiB', () => input({}, { hugepageBytes: 2048 }), InvalidXmlValueError, 'hugepageBytes'],
    ['memory not whole hugepages', () => input({}, { memoryBytes: 1536 * 1024 ** 2, hugepageBytes: 1024 ** 3 }), InvalidXmlValueError, 'memoryBytes']
  ]
  it.each(table)('%s', (_name, make, type, field) => {
    const render = (): string => renderDomainXml(make() as Parameters<typeof renderDomainXml>[0])
    expect(render).toThrow(type)
    expect(render).toThrow(field)
    try { render() } catch (e) { if (e instanceof InvalidXmlValueError) expect(e.field).toBe(field) }
  })
})

describe('diskLetters', () => {
  it.each([[0, 'a'], [1, 'b'], [25, 'z'], [26, 'aa'], [27, 'ab'], [51, 'az'], [52, 'ba'], [701, 'zz'], [702, 'aaa']])('%i -> vd%s', (i, s) => {
    expect(diskLetters(i)).toBe(s)
  })
})
