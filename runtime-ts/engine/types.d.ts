// NWScript's value types as the TypeScript subset sees them (written by hand; the engine's
// functions and constants are generated into nwscript.d.ts by `npc-build decls`).
//
// `int` and `float` are both JavaScript numbers, branded so that the transpiler (and tsc) can
// tell them apart: an `int` is not assignable to a `float` or back. The brand is optional, so a
// plain numeric literal is assignable to both. `string` is TypeScript's string; NWScript's
// `object` is TypeScript's `object` keyword type.

declare type int = number & { readonly __nwscript?: "int" };
declare type float = number & { readonly __nwscript?: "float" };

/** NWScript `vector`: three floats, a value type (copied on assignment). */
declare interface vector {
  x: float;
  y: float;
  z: float;
}

/** An action: `DelayCommand(1.0, () => F(args))` — the arrow's body is one call returning void. */
declare type action = () => void;

// Engine structures: opaque values made and read only by engine functions.
declare interface effect { readonly __nwscript: "effect" }
declare interface event { readonly __nwscript: "event" }
declare interface location { readonly __nwscript: "location" }
declare interface talent { readonly __nwscript: "talent" }
declare interface itemproperty { readonly __nwscript: "itemproperty" }
declare interface sqlquery { readonly __nwscript: "sqlquery" }
declare interface cassowary { readonly __nwscript: "cassowary" }
declare interface json { readonly __nwscript: "json" }

// Constants the NWScript compiler itself knows (they are not in nwscript.nss).
declare const OBJECT_SELF: object;
declare const OBJECT_INVALID: object;
declare const LOCATION_INVALID: location;
declare const JSON_NULL: json;
declare const JSON_FALSE: json;
declare const JSON_TRUE: json;
declare const JSON_OBJECT: json;
declare const JSON_ARRAY: json;
declare const JSON_STRING: json;
