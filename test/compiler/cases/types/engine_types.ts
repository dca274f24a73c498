// Values of the engine types (location, effect, itemproperty, talent, event, json) need no import.
function Heal(target: object, e: effect): void {
  ApplyEffectToObject(DURATION_TYPE_INSTANT, e, target);
}

export function main(): void {
  const l: location = Location(GetArea(OBJECT_SELF), Vector(1.0, 1.0, 0.0), 90.0);
  const p: vector = GetPositionFromLocation(l);
  let e: effect = EffectHeal(5);
  e = EffectLinkEffects(e, EffectVisualEffect(VFX_IMP_HEALING_S));
  const ip: itemproperty = ItemPropertyLight(IP_CONST_LIGHTBRIGHTNESS_DIM, IP_CONST_LIGHTCOLOR_WHITE);
  const t: talent = TalentSpell(SPELL_CURE_LIGHT_WOUNDS);
  const ev: event = EventUserDefined(500);
  const j: json = JsonParse("{}");
  if (GetIsEffectValid(e) && GetIsItemPropertyValid(ip) && GetIsTalentValid(t)) Heal(OBJECT_SELF, e);
  SignalEvent(OBJECT_SELF, ev);
  PrintString(FloatToString(p.x) + JsonDump(j));
}
