// include at the bottom: its global initialiser prints
export let gA: int = Note("a", 1);

export function Note(tag: string, n: int): int {
  PrintString("init " + tag);
  return n;
}
