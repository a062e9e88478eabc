/**
 * Frame-rate measurement for interactive benchmarks: drives one step of an interaction per
 * animation frame for a while and reports how many frames the browser managed per second.
 */

/** Runs `step(i)` once per animation frame for `ms` milliseconds; returns frames per second and the slowest frame. */
export async function framesPerSecond(step: (i: number) => void | Promise<void>, ms = 2000): Promise<{ fps: number; worst: number }> {
  let frames = 0;
  let worst = 0;
  const start = performance.now();
  let last = start;
  await new Promise<void>((resolve) => {
    const tick = async (now: number) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (now - start >= ms) return resolve();
      frames++;
      await step(frames);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return { fps: (frames * 1000) / (performance.now() - start), worst };
}
