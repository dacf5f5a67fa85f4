/**
 * The command-line entry (format.md "Command-line interface"):
 *
 *   npm run cli -- validate FILE [--format text|json] [--lang en|ja]
 *   npm run cli -- import FILE [-o OUT] [--lang en|ja]
 *   npm run cli -- layout FILE [-o OUT]
 *   npm run cli -- trace FILE --from ID|internet --to ID [--port N] ...
 *
 * A small dispatcher: each subcommand lives in its own module, loaded only when it
 * runs (layout pulls in ELK, which validate does not need). A new subcommand is one
 * more entry in COMMANDS. Exit status 2 for bad usage, with the usage on stderr.
 */
import type { CliIo } from './io';
import { processIo } from './io';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate')).validateCommand,
  layout: async () => (await import('./layout')).layoutCommand,
  import: async () => (await import('./import')).importCommand,
  trace: async () => (await import('./trace')).traceCommand,
};

export const USAGE = [
  'usage: npm run cli -- <command> ...',
  '  validate FILE [--format text|json] [--lang en|ja]   check a diagram, a CloudFormation template,',
  '                                                       a Terraform file, folder or plan;',
  '                                                       exit 0 ok, 1 errors, 2 bad file',
  '  import FILE [-o OUT] [--lang en|ja]                  write a template or Terraform as a diagram,',
  '                                                       laid out; the import report on stderr',
  '  layout FILE [-o OUT]                                 write ELK positions into the document',
  '  trace FILE --from ID|internet --to ID [--port N] [--protocol P] [--from-cidr CIDR]',
  '        [--threat T] [--mode network|drawn] [--expect reachable|unreachable|stopped]',
  '        [--format text|json] [--lang en|ja]            can A reach B, and which layer decides;',
  '                                                       exit 0 ok, 1 not as expected, 2 bad file or question',
].join('\n');

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const load =
    name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(
      `${name === undefined ? 'no command given' : `unknown command '${name}'`}\n${USAGE}\n`,
    );
    return 2;
  }
  const command = await load();
  return command(args, io);
}

// Run when executed (tsx src/cli/main.ts), not when a test imports `main`.
const entry = process.argv[1] ?? '';
if (/[\\/]cli[\\/]main\.[cm]?[tj]s$/.test(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      // exitCode, not exit(): a large report on a pipe must be flushed first.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
