import 'server-only';
import type { NamespacesObject } from 'imapflow';

/**
 * Each server's NAMESPACE (RFC 2342) as the last connection that reported it found it (a
 * presence announcement, a watcher's set-up). A server's namespaces are its configuration, the
 * same for every user (the owner's name goes inside the other-users prefix), so one user's
 * answer names every stream's presence room and every feed a push hint reaches, and no stream
 * needs a connection of its own for it.
 */
const holder = globalThis as typeof globalThis & { __letterboxNamespaces?: Map<string, NamespacesObject> };

const known = () => {
  holder.__letterboxNamespaces ??= new Map();
  return holder.__letterboxNamespaces;
};

const keyOf = (host: string, port: number) => `${host.toLowerCase()}:${port}`;

export function rememberNamespaces(host: string, port: number, namespaces: NamespacesObject | undefined): void {
  if (namespaces) known().set(keyOf(host, port), namespaces);
}

export function namespacesOf(host: string, port: number): NamespacesObject | undefined {
  return known().get(keyOf(host, port));
}
