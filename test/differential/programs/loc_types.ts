// module locals of every plain type on the module and the script's own object; deletion
export function main(): void {
  const m: object = GetModule();
  SetLocalFloat(m, "f", 1.25);
  SetLocalString(m, "s", "text");
  SetLocalObject(m, "o", m);
  SetLocalInt(OBJECT_SELF, "i", 42);
  PrintString(FloatToString(GetLocalFloat(m, "f"), 0, 2) + " " + GetLocalString(m, "s") + " " + IntToString(GetLocalObject(m, "o") == m ? 1 : 0) + " " + IntToString(GetLocalInt(OBJECT_SELF, "i")));
  PrintString(IntToString(GetLocalInt(m, "i")) + " [" + GetLocalString(OBJECT_SELF, "s") + "]");
  SetLocalInt(m, "s", 7);
  PrintString(GetLocalString(m, "s") + " " + IntToString(GetLocalInt(m, "s")));
  DeleteLocalInt(OBJECT_SELF, "i");
  DeleteLocalString(m, "s");
  PrintString(IntToString(GetLocalInt(OBJECT_SELF, "i")) + " [" + GetLocalString(m, "s") + "] " + IntToString(GetLocalInt(m, "s")));
}
