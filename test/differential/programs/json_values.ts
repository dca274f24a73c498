// json values: parsed, dumped, passed to functions, saved in globals and for delayed commands
let gDoc: json = JsonParse("{\"a\":1}");

function Show(label: string, j: json): void {
  PrintString(label + " " + JsonDump(j));
}

export function main(): void {
  const arr: json = JsonParse("[1,2,3]");
  Show("array", arr);
  Show("global", gDoc);
  Show("null", JSON_NULL);
  const copy: json = arr;
  DelayCommand(1.0, () => Show("delayed", copy));
  Show("int", JsonInt(42));
  Show("string", JsonString("q\"s"));
}
