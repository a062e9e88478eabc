/**
 * Derived values as pure functions of their inputs, remembered while the inputs stay the
 * same: the way elements compute what they draw (Observable Plot builds scales from data
 * and options; it never patches a cached result). Inputs compare by identity (===), so
 * data and filters must be immutable values; when any input changes, the value is
 * computed again. One remembered result per function: an element asks for one view at a time.
 */
export function memoize<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args: Args): Result => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
