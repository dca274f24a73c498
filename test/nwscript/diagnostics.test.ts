// Error cases the conformance corpus does not cover, following the official compiler's rules.
import { describe, expect, it } from "vitest";
import { verdict } from "./helpers.js";

describe("entry points", () => {
  it("requires main or StartingConditional unless the file is an include", () => {
    expect(verdict("void f() { }")).toBe("error 0 NO FUNCTION MAIN IN SCRIPT");
    expect(verdict("void f() { }", { asInclude: true })).toBe("ok");
  });
  it("checks their signatures without a line", () => {
    expect(verdict("void main(int a) { }")).toBe("error 0 FUNCTION MAIN MUST HAVE NO PARAMETERS");
    expect(verdict("void StartingConditional() { }")).toBe("error 0 FUNCTION INTSC MUST HAVE VOID RETURN VALUE");
    expect(verdict("int StartingConditional(int a) { return a; }")).toBe("error 0 FUNCTION INTSC MUST HAVE NO PARAMETERS");
  });
  it("reports the signature before any error in a body", () => {
    expect(verdict('int main() { string s = 1; return 0; }')).toBe("error 0 FUNCTION MAIN MUST HAVE VOID RETURN VALUE");
  });
});

describe("bodies that are missing or unreachable", () => {
  it("reports a called prototype without a body, without a line", () => {
    expect(verdict("void F();\nvoid main() { F(); }")).toBe("error 0 UNDEFINED IDENTIFIER (F)");
    expect(verdict("int F();\nint g = F();\nvoid main() { }")).toBe("error 0 UNDEFINED IDENTIFIER (F)");
  });
  it("ignores it when nothing reachable from main calls it", () => {
    expect(verdict("void F();\nvoid Unused() { F(); }\nvoid main() { }")).toBe("ok");
  });
  it("reports continue outside a loop as the official unknown state", () => {
    expect(verdict("void main() { int n; switch (n) { case 1: continue; } }")).toBe("error 0 UNKNOWN STATE IN COMPILER");
    expect(verdict("void main() { int i; for (i = 0; i < 2; i++) switch (i) { case 1: continue; } }")).toBe("ok");
  });
});

describe("syntax", () => {
  it("rejects a unary operator applied to a unary expression, except !", () => {
    expect(verdict("void main() { int a = - -1; }")).toBe("error 1 UNKNOWN STATE IN COMPILER");
    expect(verdict("void main() { int a = !-1; }")).toBe("error 1 UNKNOWN STATE IN COMPILER");
    expect(verdict("void main() { int a = !!1; int b = -!a; int c = -(-a); }")).toBe("ok");
  });
  it("rejects null bodies of while, for, switch and else at the next token", () => {
    expect(verdict("void main() { while (1);\n int a; }")).toBe("error 2 WHILE CONDITION CANNOT BE FOLLOWED BY A NULL STATEMENT");
    expect(verdict("void main() { for (;;);\n }")).toBe("error 2 FOR STATEMENT CANNOT BE FOLLOWED BY A NULL STATEMENT");
    expect(verdict("void main() { switch (1) ;\n }")).toBe("error 2 SWITCH CONDITION CANNOT BE FOLLOWED BY A NULL STATEMENT");
    expect(verdict("void main() { if (1) { } else ;\n }")).toBe("error 2 ELSE CANNOT BE FOLLOWED BY A NULL STATEMENT");
  });
  it("names an undefined function only where the official parser does", () => {
    expect(verdict("void main() { PrintString(Foo(1)); }")).toBe("error 1 UNDEFINED IDENTIFIER (Foo)");
    expect(verdict("void main() { int a; a = Foo(1); }")).toBe("error 1 UNDEFINED IDENTIFIER (Foo)");
    expect(verdict("void main() { int a = Foo(1); }")).toBe("error 1 PARSING VARIABLE LIST");
    expect(verdict("void main() { if (Foo(1)) { } }")).toBe("error 1 NO RIGHT BRACKET ON EXPRESSION");
  });
  it("reports a missing semicolon at the next token and a missing brace at the end of the file", () => {
    expect(verdict("void main() {\n int a = 1\n int b;\n}")).toBe("error 3 PARSING VARIABLE LIST");
    expect(verdict("void main() {\n int a = 1;\n")).toBe("error 3 UNEXPECTED END COMPOUND STATEMENT");
  });
  it("rejects a stray semicolon at file scope and a function used as a variable name", () => {
    expect(verdict("void main() { };")).toBe("error 1 INVALID DECLARATION TYPE");
    expect(verdict("void main() { int Random = 1; }")).toBe("error 1 PARSING VARIABLE LIST");
  });
  it("rejects a vector literal with anything but float constants", () => {
    expect(verdict("void main() { vector v = [1, 2, 3]; }")).toBe("error 1 PARSING CONSTANT VECTOR");
    expect(verdict("void main() { vector v = [-1.0, 0.0, 0.0]; }")).toBe("error 1 PARSING CONSTANT VECTOR");
    expect(verdict("void main() { vector v = [PI, 1.f]; vector w = []; }")).toBe("ok");
  });
});

describe("function declarations", () => {
  it("allows 32 parameters and rejects 33", () => {
    const params = (n: number) => Array.from({ length: n }, (_, i) => `int a${i}`).join(", ");
    expect(verdict(`void F(${params(32)}) { }\nvoid main() { }`)).toBe("ok");
    expect(verdict(`void F(${params(33)}) { }\nvoid main() { }`)).toBe("error 1 TOO MANY PARAMETERS ON FUNCTION");
  });
  it("checks default values against the parameter type", () => {
    expect(verdict("void F(float a = 1) { }\nvoid main() { }")).toBe("error 1 NON CONSTANT IN FUNCTION DECLARATION");
    expect(verdict("void F(effect e = 1) { }\nvoid main() { }")).toBe("error 1 TYPE DOES NOT HAVE AN OPTIONAL PARAMETER");
    expect(verdict("void F(int a = __LINE__) { }\nvoid main() { }")).toBe("error 1 NON CONSTANT IN FUNCTION DECLARATION");
    expect(
      verdict(
        'void F(int a = -1, float f = -2.5, string s = "", object o = OBJECT_INVALID, location l = LOCATION_INVALID, json j = JSON_NULL, vector v = [1.0], int c = OBJECT_TYPE_CREATURE) { }\nvoid main() { F(); }',
      ),
    ).toBe("ok");
  });
  it("takes the defaults of the first declaration", () => {
    expect(verdict("void F(int a, int b = 2);\nvoid main() { F(1); }\nvoid F(int a, int b) { }")).toBe("ok");
    expect(verdict("void F(int a, int b);\nvoid main() { F(1); }\nvoid F(int a, int b = 2) { }")).toBe(
      "error 2 DECLARATION DOES NOT MATCH PARAMETERS",
    );
  });
  it("requires functions to be declared before their use", () => {
    expect(verdict("void main() { F(); }\nvoid F() { }")).toBe("error 1 UNDEFINED IDENTIFIER (F)");
  });
});

describe("typing", () => {
  it("applies the operator tables", () => {
    expect(verdict("void main() { float f; if (!f) { } }")).toBe("error 1 ARITHMETIC OPERATION HAS INVALID OPERANDS");
    expect(verdict("void main() { float f; int i = 1 | f; }")).toBe("error 1 LOGICAL OPERATION HAS INVALID OPERANDS");
    expect(verdict('void main() { string s = "a" - "b"; }')).toBe("error 1 ARITHMETIC OPERATION HAS INVALID OPERANDS");
    expect(verdict("void main() { vector v; v = v + 1.0; }")).toBe("error 1 ARITHMETIC OPERATION HAS INVALID OPERANDS");
    expect(verdict("void main() { vector v; v = 2.0 * v; v = v / 2.0; v -= v; }")).toBe("ok");
    expect(verdict("void main() { location a; effect e; if (a == LOCATION_INVALID) { } if (e == e) { } }")).toBe("ok");
  });
  it("wants an int condition", () => {
    expect(verdict("void main() { string s; if (s) { } }")).toBe("error 1 NON INTEGER EXPRESSION WHERE INTEGER REQUIRED");
    expect(verdict("void main() { float f; int n = f ? 1 : 2; }")).toBe("error 1 INTEGER NOT AT TOP OF STACK");
  });
  it("gives a void call inside an expression the action type", () => {
    expect(verdict("void V() { }\nvoid main() { string s = IntToString(V()); }")).toBe("error 2 DECLARATION DOES NOT MATCH PARAMETERS");
    expect(verdict("void V() { }\nvoid main() { DelayCommand(1.0, V()); AssignCommand(OBJECT_SELF, V()); }")).toBe("ok");
  });
  it("counts returns the official way (loops and switches never count)", () => {
    expect(verdict("int F() { while (TRUE) { return 1; } }\nvoid main() { }")).toBe("error 1 NOT ALL CONTROL PATHS RETURN A VALUE");
    expect(verdict("int F(int a) { if (a) return 1; else { return 2; } }\nvoid main() { }")).toBe("ok");
  });
  it("sees all globals from every function, in declaration order for initialisers", () => {
    expect(verdict("void F() { gX = 1; }\nint gX;\nvoid main() { F(); }")).toBe("ok");
    expect(verdict("int a = b;\nint b = 1;\nvoid main() { }")).toBe("error 1 VARIABLE DEFINED WITHOUT TYPE");
  });
  it("handles scopes: parameters may be shadowed, duplicates in one scope are errors", () => {
    expect(verdict("void F(int a) { int a = 2; }\nvoid main() { }")).toBe("ok");
    expect(verdict("void F(int a, int a) { }\nvoid main() { }")).toBe("error 1 VARIABLE ALREADY USED WITHIN SCOPE");
    expect(verdict("int g;\nint g;\nvoid main() { }")).toBe("error 2 VARIABLE ALREADY USED WITHIN SCOPE");
  });
  it("checks structures", () => {
    expect(verdict("struct A { int x; };\nstruct A { int y; };\nvoid main() { }")).toBe("error 2 STRUCTURE REDEFINED");
    expect(verdict("struct A {\n int x;\n float x;\n};\nvoid main() { }")).toBe("error 3 VARIABLE USED TWICE IN SAME STRUCTURE");
    expect(verdict("struct A gA;\nstruct A { int x; };\nvoid main() { }")).toBe("error 1 UNDEFINED STRUCTURE");
    expect(verdict("void main() { int a; a.x = 1; }")).toBe("error 1 LEFT OF STRUCTURE PART NOT STRUCTURE");
  });
  it("evaluates const globals at their semicolon", () => {
    expect(verdict('const int X = (1 + 2) * 3;\nconst string S = "a" + "b";\nconst float F = -1.5;\nvoid main() { int x = X; }')).toBe("ok");
    expect(verdict("int g = 1;\nconst int X = g;\nvoid main() { }")).toBe("error 2 INVALID VALUE ASSIGNED TO CONSTANT");
    expect(verdict("const float F = 1;\nvoid main() { }")).toBe("error 1 INVALID VALUE ASSIGNED TO CONSTANT");
  });
  it("rejects a case label that jumps over a declaration, also for default", () => {
    expect(verdict("void main() { int n; switch (n) { case 1: int x; default: break; } }")).toBe(
      "error 1 JUMPING OVER DECLARATION STATEMENTS DEFAULT DISALLOWED",
    );
    expect(verdict("void main() { int n; switch (n) { case 1: { int x; } default: break; } }")).toBe("ok");
  });
});

describe("constant folding", () => {
  it("reports an int constant division by zero, which crashes the official compiler", () => {
    expect(verdict("void main() { int a = 1 / 0; }")).toBe("error 1 DIVISION BY ZERO IN CONSTANT EXPRESSION");
    expect(verdict("void main() { int a = 5 % (2 - 2); }")).toBe("error 1 DIVISION BY ZERO IN CONSTANT EXPRESSION");
    expect(verdict("void main() { int n; switch (n) { case 1 / 0: break; } }")).toBe("error 1 DIVISION BY ZERO IN CONSTANT EXPRESSION");
    expect(verdict("const int X = 4 / 0;\nvoid main() { }")).toBe("error 1 DIVISION BY ZERO IN CONSTANT EXPRESSION");
    expect(verdict("void main() { int a = -2147483648 / -1; }")).toBe("error 1 DIVISION OVERFLOW IN CONSTANT EXPRESSION");
  });
  it("leaves divisions it does not fold alone", () => {
    expect(verdict("void main() { int z = 0; int a = 1 / z; float f = 1.0 / 0.0; }")).toBe("ok");
  });
});

