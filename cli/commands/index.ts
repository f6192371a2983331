/** Every command of `local-offer`, in the order `local-offer --help` lists them. Add a new command here. */
import type { Command } from './command.js';
import { convert } from './convert.js';
import { directory } from './directory.js';
import { validate } from './validate.js';

export type { Command } from './command.js';

export const COMMANDS: readonly Command[] = [validate, convert, directory];
