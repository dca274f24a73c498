// case labels naming engine constants and module consts built from them
const SHOUT_PLUS = TALKVOLUME_SHOUT + 10;

function Volume(n: int): string {
  switch (n) {
    case TALKVOLUME_TALK:
      return "talk";
    case TALKVOLUME_WHISPER:
      return "whisper";
    case TALKVOLUME_SHOUT:
      return "shout";
    case SHOUT_PLUS:
      return "shout plus";
  }
  return "unknown";
}

export function main(): void {
  PrintString(Volume(TALKVOLUME_TALK) + " " + Volume(1) + " " + Volume(2) + " " + Volume(12) + " " + Volume(99));
}
