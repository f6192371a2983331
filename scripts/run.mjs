import { spawn } from 'node:child_process';

/** Runs a command from node_modules/.bin or PATH, streaming its output; rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      ...options,
      env: { ...process.env, PATH: `${new URL('../node_modules/.bin', import.meta.url).pathname}:${process.env.PATH}`, ...options.env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(0) : reject(Object.assign(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`), { code })),
    );
  });
}
