/** `map`'s value for `key`: made by `create` the first time it is asked for, then kept. */
export function memo<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
