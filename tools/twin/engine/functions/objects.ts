// Object identity: the module, validity, handles as text.
import { NwObject, OBJECT_INVALID } from "../../values.js";
import { bool } from "../numbers.js";
import { obj, str, type FunctionGroup } from "./types.js";

export const objectFunctions: FunctionGroup = {
  GetModule: (w) => w.module.handle,
  GetIsObjectValid: (w, [o]) => bool(w.isLive(obj(o))),
  ObjectToString: (_w, [o]) => obj(o).id.toString(16),
  StringToObject: (w, [s]) => {
    const m = /^\s*([0-9a-f]+)/i.exec(str(s));
    if (!m) return OBJECT_INVALID;
    const id = Number.parseInt(m[1]!.slice(-8), 16);
    return w.objects.get(id)?.handle ?? new NwObject(id);
  },
};
