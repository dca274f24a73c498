// GetStringLength, GetStringUpperCase/LowerCase and string building by doubling
export function main(): void {
  let s: string = "ab";
  for (let i: int = 0; i < 10; i++) s += s;
  PrintString(IntToString(GetStringLength(s)));
  PrintString(GetStringUpperCase("MiXeD 123") + " " + GetStringLowerCase("MiXeD 123"));
  PrintString(GetSubString(s, 2040, 8));
}
