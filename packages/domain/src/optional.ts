/**
 * `{ [key]: value }` when the value is set, else `{}`: spread into an object whose optional
 * properties must be absent rather than undefined (exactOptionalPropertyTypes).
 */
export function optional<K extends string, V> (key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : { [key]: value } as Record<K, V>
}
