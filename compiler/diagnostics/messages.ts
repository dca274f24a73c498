// Every diagnostic npc-build can report, in one table (as AssemblyScript keeps its
// diagnosticMessages). Codes never change meaning; retired codes are not reused.
// Messages may hold {0}, {1}… placeholders filled in by `report`.

export const Diagnostics = {
  // 1xxx — TypeScript constructs outside the subset
  UnsupportedSyntax: { code: 1001, message: "{0} is not supported in the npc-build subset" },
  UnsupportedTopLevel: { code: 1002, message: "only functions, interfaces, imports and module-level let/const may appear at the top level of a module; found {0}" },
  ClosureNotAllowed: { code: 1003, message: "functions are values only as an action: DelayCommand(d, () => F(args)), AssignCommand(o, () => F(args)) or ActionDoCommand(() => F(args))" },
  ActionBodyNotACall: { code: 1004, message: "an action's body must be a single call of a function returning void, for example () => Speak(\"hi\")" },
  UnsupportedType: { code: 1005, message: "type '{0}' has no NWScript equivalent; use int, float, string, object, vector, boolean, an engine type or an interface" },
  NumberTypeAmbiguous: { code: 1006, message: "'number' is ambiguous in NWScript; write int or float" },
  UnsignedShift: { code: 1007, message: "'>>>' has no faithful NWScript equivalent (NWScript's >>> shifts in the sign bit)" },
  OptionalNotAllowed: { code: 1008, message: "optional {0} without a value have no NWScript equivalent; give the parameter a default value" },
  InterfaceMember: { code: 1009, message: "an interface becomes an NWScript struct: only required fields of NWScript types are allowed" },
  ForInitNotSimple: { code: 1010, message: "the initialiser of a for loop must be one declaration or expression list that NWScript can express" },
  CaseNotConstant: { code: 1011, message: "a case label must be a constant int or string expression" },
  LabelledStatement: { code: 1012, message: "labelled statements and labelled break/continue are not supported" },
  ObjectLiteralNotStruct: { code: 1013, message: "an object literal must have an interface type (it becomes an NWScript struct); its type here is '{0}'" },
  AssignmentInExpression: { code: 1014, message: "{0} is not supported inside this expression; write it as a statement" },
  ImportForm: { code: 1015, message: "only named imports from another module of the project are supported: import { A, B } from \"./module\"" },
  LoopWithHoistAndContinue: { code: 1016, message: "this loop's {0} needs temporaries (calls whose arguments have side effects), and 'continue' would skip them; compute the value in a function or before 'continue'" },
  ActionArgumentOrder: { code: 1017, message: "the arguments of this action have side effects whose order NWScript would reverse (actions evaluate their arguments right to left when they run); move them into the called function" },
  DuplicateCaseLabel: { code: 1018, message: "duplicate case label value {0}" },
  CaseScopeDeclaration: { code: 1019, message: "a declaration in one case clause is used by another; NWScript cannot jump over declarations — declare it before the switch" },

  // 2xxx — NWScript typing
  TypeMismatch: { code: 2001, message: "cannot use a value of NWScript type {0} where {1} is expected" },
  IntToFloatImplicit: { code: 2002, message: "NWScript has no implicit int to float conversion here; write IntToFloat({0})" },
  MixedComparison: { code: 2003, message: "NWScript cannot compare int with float; convert one side with IntToFloat or FloatToInt" },
  StringOrdering: { code: 2004, message: "NWScript cannot order strings with {0}; only == and != compare strings" },
  InvalidOperands: { code: 2005, message: "operator '{0}' cannot be applied to NWScript types {1} and {2}" },
  InvalidOperand: { code: 2025, message: "operator '{0}' cannot be applied to NWScript type {1}" },
  NotAnLvalue: { code: 2026, message: "only variables and struct fields can be assigned; '{0}' is not one" },
  StringConcatNonString: { code: 2006, message: "'+' joins strings only; convert the {0} with {1}" },
  TemplateValue: { code: 2007, message: "a template literal may interpolate strings and ints only; convert this {0} to a string first" },
  ConditionType: { code: 2008, message: "a condition must be an int (or boolean) in NWScript; found {0}" },
  StructEquality: { code: 2009, message: "values of type {0} cannot be compared in the subset" },
  DefaultNotConstant: { code: 2010, message: "a default parameter value must be a constant" },
  DivisionByZero: { code: 2011, message: "division or remainder by the constant zero (the official compiler crashes on it)" },
  IntegerLiteralRange: { code: 2012, message: "integer literal {0} does not fit in NWScript's 32-bit int" },
  FloatLiteralRange: { code: 2013, message: "float literal {0} does not fit in NWScript's 32-bit float" },
  StringLiteralChars: { code: 2014, message: "string literals may contain printable ASCII and \\n only (NWScript files are not Unicode)" },
  StringLiteralLength: { code: 2015, message: "string constants must be shorter than 32 KB for the official compiler" },
  TooManyParameters: { code: 2016, message: "NWScript functions take at most 32 parameters; this one has {0}" },
  MissingReturnType: { code: 2017, message: "function '{0}' needs a return type annotation" },
  MissingParameterType: { code: 2018, message: "parameter '{0}' needs a type annotation" },
  CannotInferType: { code: 2019, message: "cannot tell the NWScript type of '{0}'; add a type annotation" },
  NotAllPathsReturn: { code: 2020, message: "function '{0}' returns {1} but not every path ends in a return" },
  VoidValue: { code: 2021, message: "a call of a void function has no value" },
  IncrementNonInt: { code: 2022, message: "++ and -- apply to int variables only in NWScript" },
  CompoundAssignType: { code: 2023, message: "'{0}' on an int with a float operand is rejected by NWScript; convert with FloatToInt" },
  UndefinedValue: { code: 2024, message: "'{0}' has no NWScript equivalent" },

  // 3xxx — names and resources
  InvalidResourceName: { code: 3001, message: "'{0}' is not a valid NWN resource name: use 1 to 16 characters from a-z, 0-9 and _ (rename the file)" },
  DuplicateResourceName: { code: 3002, message: "two modules would both emit '{0}.nss': {1} and {2}" },
  DuplicateGlobalName: { code: 3003, message: "'{0}' is declared at the top level of both {1} and {2}, and a script includes both; NWScript has one namespace for the functions and globals of a script" },
  ReservedIdentifier: { code: 3004, message: "identifiers starting with '__' are reserved for npc-build's temporaries" },

  // 4xxx — modules and entry points
  EntryPointSignature: { code: 4001, message: "{0}" },
  IncludeOfScript: { code: 4002, message: "'{0}' has a main or StartingConditional, so it cannot be included; move what you import into an include module" },
  ImportOutsideProject: { code: 4003, message: "'{0}' is not a module of this project; the subset can only import other subset modules" },
  BothEntryPoints: { code: 4004, message: "a module may have main or StartingConditional, not both" },
  ModuleInitializer: { code: 4006, message: "this module-level initializer needs temporaries (calls whose arguments have side effects); compute the value in a function" },
  CircularImport: { code: 4007, message: "'{0}' imports this module back (directly or through others); NWScript includes cannot be circular — move what both need into a third module" },
  ModuleStatement: { code: 4005, message: "statements at the top level of a module would run at load time, which NWScript has no place for; move them into a function" },

  // 5xxx — declared relations between consts (@npcCheck, see docs/cli.md)
  ConstantCheckFailed: { code: 5001, message: "@npcCheck {0} does not hold: {1}" },
  ConstantCheckInvalid: { code: 5002, message: "@npcCheck {0}: {1}" },
} as const satisfies Record<string, { code: number; message: string }>;

export type DiagnosticKey = keyof typeof Diagnostics;

export function formatMessage(key: DiagnosticKey, args: readonly (string | number)[]): string {
  return Diagnostics[key].message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}

export function codeOf(key: DiagnosticKey): string {
  return `NPC${Diagnostics[key].code}`;
}
