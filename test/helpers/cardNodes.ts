/** Every object in a card (or any JSON value), depth first in document order: elements, actions, and what they hold. */
export function cardNodes(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      out.push(n as Record<string, unknown>);
      Object.values(n).forEach(walk);
    }
  };
  walk(root);
  return out;
}

/** Every string in a card (or any JSON value), depth first in document order: all the words a reader could meet on it. */
export function cardStrings(root: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (typeof n === 'string') out.push(n);
    else if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') Object.values(n).forEach(walk);
  };
  walk(root);
  return out;
}
