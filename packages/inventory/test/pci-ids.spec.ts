import { describe, expect, it } from 'vitest'
import { parsePciIds } from '../src/pci-ids.ts'

const SAMPLE = `# pci.ids excerpt
10de  NVIDIA Corporation
\t2484  GA104 [GeForce RTX 3070]
\t\t1458 4037  GA104 [GeForce RTX 3070]
\t228b  GA104 High Definition Audio Controller
8086  Intel Corporation
\t1572  Ethernet Controller X710 for 10GbE SFP+
C 03  Display controller
\t00  VGA compatible controller
`

describe('parsePciIds', () => {
  it('names the wanted vendors and their devices, not subsystems or classes', () => {
    const names = parsePciIds(SAMPLE, new Set(['10de']))
    expect(names.vendor('10de')).toBe('NVIDIA Corporation')
    expect(names.device('10de', '2484')).toBe('GA104 [GeForce RTX 3070]')
    expect(names.device('10de', '228b')).toBe('GA104 High Definition Audio Controller')
    expect(names.device('10de', '1458')).toBeNull()
    expect(names.vendor('8086')).toBeNull()
    expect(names.vendor('C 03')).toBeNull()
  })

  it('finds a vendor on the first line, skips comments inside a block, and nothing in the class list', () => {
    const text = '1af4  Red Hat, Inc.\n\t1000  Virtio network device\n# a comment\n\t1001  Virtio block device\nC 02  Network controller\n0300  Not a vendor\n'
    const names = parsePciIds(text, new Set(['1af4', '0300', 'zz"(']))
    expect(names.vendor('1af4')).toBe('Red Hat, Inc.')
    expect(names.device('1af4', '1001')).toBe('Virtio block device')
    expect(names.vendor('0300')).toBeNull()
  })
})
