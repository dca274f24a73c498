// Local variables on any object (module and areas included). On an invalid or destroyed object,
// Set/Delete do nothing and Get returns the type's empty value, as in the game.
import { OBJECT_INVALID, type NwValue } from "../../values.js";
import type { LocalType } from "../locals.js";
import { NwJson } from "../json/value.js";
import { NwLocation } from "../location.js";
import type { World } from "../world.js";
import { json } from "./json.js";
import { obj, str, type FunctionGroup } from "./types.js";

function getter(type: LocalType, empty: (w: World) => NwValue) {
  return (w: World, [o, name]: NwValue[]): NwValue => {
    const target = w.lookup(obj(o));
    const v = target?.locals.get(type, str(name));
    // A stored object that has since been destroyed keeps its id, as in the game.
    return v === undefined ? empty(w) : v;
  };
}

function setter(type: LocalType) {
  return (w: World, [o, name, value]: NwValue[]): undefined => {
    w.lookup(obj(o))?.locals.set(type, str(name), value!);
    return undefined;
  };
}

function deleter(type: LocalType) {
  return (w: World, [o, name]: NwValue[]): undefined => {
    w.lookup(obj(o))?.locals.delete(type, str(name));
    return undefined;
  };
}

export const localFunctions: FunctionGroup = {
  GetLocalInt: getter("int", () => 0),
  GetLocalFloat: getter("float", () => 0),
  GetLocalString: getter("string", () => ""),
  GetLocalObject: getter("object", () => OBJECT_INVALID),
  GetLocalLocation: getter("location", () => NwLocation.INVALID),
  SetLocalInt: setter("int"),
  SetLocalFloat: setter("float"),
  SetLocalString: setter("string"),
  SetLocalObject: setter("object"),
  SetLocalLocation: setter("location"),
  // json values are copied in and out: *Inplace edits of one variable never reach another.
  GetLocalJson: (w, args) => {
    const j = getter("json", () => NwJson.null())(w, args) as NwJson;
    return new NwJson(j.value, j.error);
  },
  SetLocalJson: (w, [o, name, value]) => {
    const j = json(value);
    return setter("json")(w, [o!, name!, new NwJson(j.value, j.error)]);
  },
  DeleteLocalJson: deleter("json"),
  DeleteLocalInt: deleter("int"),
  DeleteLocalFloat: deleter("float"),
  DeleteLocalString: deleter("string"),
  DeleteLocalObject: deleter("object"),
  DeleteLocalLocation: deleter("location"),
};
