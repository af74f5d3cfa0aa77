/** `<alias>-v<yyyymmddhhmmss>` (UTC): the versioned indices behind the alias, one per (re)build. */
export function versionedIndexName(alias: string, at: Date): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${alias}-v${stamp}`;
}

/** A versioned name none of `taken` has (a rebuild within the same second as the last one moves on a second). */
export function freshIndexName(alias: string, at: Date, taken: Iterable<string>): string {
  const used = new Set(taken);
  let time = at.getTime();
  let name = versionedIndexName(alias, new Date(time));
  while (used.has(name)) {
    time += 1000;
    name = versionedIndexName(alias, new Date(time));
  }
  return name;
}
