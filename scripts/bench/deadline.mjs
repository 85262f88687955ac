// A pending answer that settles once: by its resolve or reject, or by the timer.
export function settleOnce(resolve, reject, timeoutMs, onTimeout) {
  const timer = setTimeout(() => onTimeout(reject), timeoutMs);
  return {
    resolve: (v) => {
      clearTimeout(timer);
      resolve(v);
    },
    reject: (e) => {
      clearTimeout(timer);
      reject(e);
    },
  };
}
