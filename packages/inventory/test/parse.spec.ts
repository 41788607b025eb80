import { describe, expect, it } from 'vitest'
import { classNameOf, headerTypeOf, parseCpuList, parseCpuinfo, parseDefaultRoutes, parseHexId, parseInteger, parseMeminfo } from '../src/parse.ts'

describe('parseHexId', () => {
  it.each([
    ['0x10de', 4, '10de'],
    ['0x10DE', 4, '10de'],
    ['0x030000', 6, '030000']
  ])('%s (%i digits) -> %s', (text, digits, expected) => {
    expect(parseHexId(text, digits)).toBe(expected)
  })
  it.each([
    ['10de', 4], ['0x10d', 4], ['0x10dee', 4], ['0x0300', 6], ['0xzzzz', 4], ['', 4], ['0x10de garbage', 4]
  ])('rejects %j for %i digits, quoting it', (text, digits) => {
    expect(() => parseHexId(text, digits)).toThrow(/expected 0x and \d hex digits, found/)
  })
})

describe('parseInteger', () => {
  it('reads -1 as the kernel writes numa_node on one-node hosts', () => {
    expect(parseInteger('-1', -1, 10)).toBe(-1)
  })
  it.each(['1.5', 'one', '', '99999999999999999999', '11'])('rejects %j', (text) => {
    expect(() => parseInteger(text, -1, 10)).toThrow(/expected an integer/)
  })
})

describe('parseCpuList', () => {
  it.each([
    ['0', [0]],
    ['0-3', [0, 1, 2, 3]],
    ['0-1,8-9', [0, 1, 8, 9]],
    ['', []]
  ])('%j', (text, expected) => {
    expect(parseCpuList(text)).toEqual(expected)
  })
  it.each(['3-1', 'a-b', '0-', '0-99999999'])('rejects %j', (text) => {
    expect(() => parseCpuList(text)).toThrow()
  })
  it('refuses a range that would allocate without bound', () => {
    expect(() => parseCpuList('0-999999', 1024)).toThrow(/bad CPU range/)
  })
})

describe('parseMeminfo', () => {
  it('reads kB fields as bytes and counts as counts, host and node formats', () => {
    const fields = parseMeminfo('MemTotal:       32768 kB\nHugePages_Total:       4\nNode 1 MemFree:   1024 kB\ngarbage line\n')
    expect(fields.get('MemTotal')).toBe(32768 * 1024)
    expect(fields.get('HugePages_Total')).toBe(4)
    expect(fields.get('MemFree')).toBe(1024 * 1024)
    expect(fields.size).toBe(3)
  })
})

describe('parseCpuinfo', () => {
  it('takes the first model name and counts physical ids', () => {
    const stanza = (n: number, socket: number): string =>
      `processor\t: ${n}\nmodel name\t: Intel(R) Xeon(R) Gold 6230\nphysical id\t: ${socket}\n\n`
    expect(parseCpuinfo(stanza(0, 0) + stanza(1, 0) + stanza(2, 1))).toEqual({ model: 'Intel(R) Xeon(R) Gold 6230', sockets: 2 })
    expect(parseCpuinfo('processor : 0\n')).toEqual({ model: null, sockets: 0 })
  })
})

describe('parseDefaultRoutes', () => {
  const route = [
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
    'eno1\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
    'eno1\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0',
    'virbr0\t007AA8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0'
  ].join('\n')
  const ipv6 = [
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003 wlp0s20f3',
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200 lo',
    'fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001 eno1'
  ].join('\n')
  it('finds IPv4 and IPv6 default routes, not subnets nor loopback', () => {
    expect(parseDefaultRoutes(route, ipv6)).toEqual(['eno1', 'wlp0s20f3'])
    expect(parseDefaultRoutes('', '')).toEqual([])
  })
})

describe('classNameOf', () => {
  it.each([
    ['030000', 'gpu'], ['030200', 'gpu'], ['038000', 'display'], ['040300', 'audio'],
    ['020000', 'nic'], ['028000', 'nic'], ['0c0330', 'usb'], ['010802', 'nvme'], ['010700', 'storage'],
    ['060400', 'bridge'], ['060100', 'bridge'], ['0c0500', 'serial-bus'], ['120000', 'accelerator'],
    ['ff0000', 'other'], [null, 'other']
  ] as const)('%s -> %s', (code, name) => {
    expect(classNameOf(code)).toBe(name)
  })
})

describe('headerTypeOf', () => {
  const config = (byte: number): Buffer => {
    const buffer = Buffer.alloc(64)
    buffer[0x0e] = byte
    return buffer
  }
  it('reads the low seven bits: multi-function endpoints are endpoints', () => {
    expect(headerTypeOf(config(0x00))).toBe(0)
    expect(headerTypeOf(config(0x80))).toBe(0)
    expect(headerTypeOf(config(0x81))).toBe(1)
    expect(headerTypeOf(config(0x02))).toBe(2)
  })
  it('rejects a truncated config space', () => {
    expect(() => headerTypeOf(Buffer.alloc(8))).toThrow(/config space is 8 bytes/)
  })
})
