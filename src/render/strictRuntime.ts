/**
 * Handlebars for untrusted templates (a `--templates` folder may be hostile): a name that is not
 * an own property of the context is an error, never a blank. Handlebars' strict mode checks a
 * name with `in`, which `toString`, `hasOwnProperty` or `__proto__` pass (inherited), and then
 * denies the prototype access and renders nothing. Here the context is seen through proxies whose
 * `in` answers for own properties only, so strict mode throws "not defined"; the built-in
 * `lookup` helper is replaced by one that does the same, and `log` by one that refuses.
 */
import Handlebars from 'handlebars';
import { registerHelpers } from './helpers.js';

const FORBIDDEN_KEYS = new Set<PropertyKey>(['__proto__', 'constructor', 'prototype']);

const proxies = new WeakMap<object, object>();

/** `value` behind a proxy (deep, cached per object) whose `in` sees own properties only. */
export function ownPropertiesOnly<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const target = value as object;
  const cached = proxies.get(target);
  if (cached) return cached as T;
  const proxy = new Proxy(target, {
    has: (t, key) => !FORBIDDEN_KEYS.has(key) && Object.hasOwn(t, key),
    get: (t, key, receiver) => {
      const v: unknown = Reflect.get(t, key, receiver);
      return typeof key === 'string' && Object.hasOwn(t, key) ? ownPropertiesOnly(v) : v;
    },
  });
  proxies.set(target, proxy);
  return proxy as T;
}

/** Replace `lookup` and `log` on `hb` with strict versions. */
export function registerStrictBuiltins(hb: typeof Handlebars): void {
  hb.registerHelper('lookup', (obj: unknown, field: unknown) => {
    const key = String(field);
    if (
      obj === null ||
      typeof obj !== 'object' ||
      FORBIDDEN_KEYS.has(key) ||
      !Object.hasOwn(obj, key)
    ) {
      throw new Error(`"${key}" not defined (lookup)`);
    }
    return (obj as Record<string, unknown>)[key];
  });
  hb.registerHelper('log', () => {
    throw new Error('the log helper is not available in templates');
  });
}

/** A fresh Handlebars environment with our helpers and the strict built-ins. */
export function strictHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  registerHelpers(hb);
  registerStrictBuiltins(hb);
  return hb;
}
