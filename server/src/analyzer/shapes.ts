// Optimized code is specialized to the shapes (hidden classes) of the objects it
// reads, and the engine holds those shapes weakly: when a full garbage collection
// finds no object of a shape alive, as it does between two analyses, the shape is
// dropped and with it all optimized code that relied on it, so the next analysis
// runs cold while the engine optimizes it again. An idle language server or a
// benchmark's quiet process meets exactly that. One small object of each shape an
// analysis makes, kept here for the life of the process, keeps shapes and code.
const kept: unknown[] = [];

export function keepShapes(...exemplars: unknown[]): void {
  kept.push(...exemplars);
}
