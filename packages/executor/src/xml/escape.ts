/**
 * Escaping for the domain XML. Every value that reaches the XML goes through {@link text} or
 * {@link attr} with the name of the field it came from, so a value XML 1.0 cannot carry is
 * refused with that name instead of producing a document libvirt misreads.
 */
import { InvalidXmlValueError } from '../errors.ts'

/** A VM or disk name: also a libvirt domain name and part of a file name (same rule as the spec). */
export const NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/

/**
 * 'line': one line of text (no control character at all); 'text': free text that may hold
 * tabs and line breaks.
 */
export type TextKind = 'line' | 'text'

// XML 1.0 Char is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]: the
// other C0 controls, lone surrogates and U+FFFE/U+FFFF cannot appear even as &#...; references.
// DEL and the C1 controls are legal but never meant, and libvirt logs would mangle them: refused.
// With the u flag a well-formed surrogate pair is one code point, so [\ud800-\udfff] matches
// only a lone surrogate.
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u
const FORBIDDEN_LINE = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u

/** Throws {@link InvalidXmlValueError} naming `field` when `value` holds a character it may not. */
export function checkValue (field: string, value: string, kind: TextKind = 'line'): string {
  const forbidden = kind === 'line' ? FORBIDDEN_LINE : FORBIDDEN_TEXT
  const m = forbidden.exec(value)
  if (m !== null) {
    const code = m[0].codePointAt(0)!.toString(16).padStart(4, '0')
    throw new InvalidXmlValueError(field, `character U+${code.toUpperCase()} at position ${m.index} cannot be written to the domain XML`)
  }
  return value
}

/** Checks and escapes a value for element content. CR is kept as a reference (parsers drop a bare one). */
export function text (field: string, value: string, kind: TextKind = 'line'): string {
  return checkValue(field, value, kind)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;')
}

/** Checks and escapes a value for a quoted attribute (always one line). */
export function attr (field: string, value: string): string {
  return text(field, value, 'line')
}

/** Throws {@link InvalidXmlValueError} unless `value` is an absolute path without `.`/`..` segments. */
export function checkPath (field: string, value: string): string {
  checkValue(field, value, 'line')
  if (!value.startsWith('/') || value.endsWith('/') || value.includes('//') ||
      value.split('/').some((s) => s === '.' || s === '..')) {
    throw new InvalidXmlValueError(field, `${JSON.stringify(value)} must be an absolute, normalized file path`)
  }
  return value
}
