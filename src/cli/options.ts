// Option helpers shared by the commands.

/** Commander argument parser for a repeatable option: each use appends to the list. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
