/** Captures everything written to stdout and stderr while `run` runs (log lines), still passing it through. */
export async function captureOutput(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (originals[streams.indexOf(stream)] as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  }
  try {
    await run();
  } finally {
    streams.forEach((stream, index) => {
      stream.write = originals[index]!;
    });
  }
  return lines;
}
