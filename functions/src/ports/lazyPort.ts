/**
 * A port created from the environment on its first use, once per Lambda container, so a function
 * pays for an AWS client only when its code path really sends mail or manages a schedule. Tests and
 * the local host may put their own in its place (`set`), or drop it to be created again (`set(undefined)`).
 */
export interface LazyPort<T> {
  (): T;
  set(next: T | undefined): void;
}

export function lazyPort<T>(create: () => T): LazyPort<T> {
  let current: T | undefined;
  const get = () => (current ??= create());
  return Object.assign(get, { set: (next: T | undefined) => void (current = next) });
}
