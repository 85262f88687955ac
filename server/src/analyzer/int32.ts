// Lists of offsets written once per analysis, in typed arrays that double when full:
// no object per entry, and a copy is one block of memory.

/** `list`, or a copy of it twice as long when `index` is past its end. */
export function withRoomAt(list: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  if (index < list.length) return list;
  const wider = new Int32Array(Math.max(list.length * 2, index + 1));
  wider.set(list);
  return wider;
}
