// Command-line arguments of looplab.
export interface CliArgs {
  command: "shell" | "check" | "explain" | "replay" | "record" | "help" | "version";
  os: string;
  script?: string;
  echo: boolean;
  imports: [string, string][];
  update: boolean;
  inline: boolean;
  cast?: string;
  speed: number;
  rest: string[];
  error?: string;
}

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { command: "shell", os: "aix", echo: false, imports: [], update: false, inline: false, speed: 1, rest: [] };
  let i = 0;
  const first = argv[0];
  if (first === "check" || first === "explain" || first === "replay" || first === "record") {
    a.command = first;
    i = 1;
  }
  for (; i < argv.length; i++) {
    const x = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) a.error = `${x} needs a value`;
      return v ?? "";
    };
    if (x === "--help" || x === "-h") a.command = "help";
    else if (x === "--version" || x === "-V") a.command = "version";
    else if (x === "--os") a.os = next();
    else if (x.startsWith("--os=")) a.os = x.slice(5);
    else if (x === "-c") a.script = next();
    else if (x === "--echo") a.echo = true;
    else if (x === "--update") a.update = true;
    else if (x === "--inline") a.inline = true;
    else if (x === "--cast") a.cast = next();
    else if (x === "--speed") a.speed = Number(next()) || 1;
    else if (x === "--import") {
      const v = next();
      const at = v.lastIndexOf(":");
      if (at <= 0 || !v.slice(at + 1).startsWith("/")) a.error = `--import takes HOST_PATH:LAB_PATH (an absolute lab path), not ${v}`;
      else a.imports.push([v.slice(0, at), v.slice(at + 1)]);
    } else if (x.startsWith("-") && x !== "-") a.error = `unknown option ${x}`;
    else a.rest.push(x);
  }
  return a;
}

export const HELP = `looplab — a practice lab for loopback devices and loopback file systems

Usage:
  looplab [--os aix] [--inline]           open the lab in the terminal
  looplab [--os aix] -c 'COMMANDS'        run commands headless, print the output
  looplab [--os aix] [--echo] < FILE      run commands from standard input
  looplab check [--update] FILE|DIR ...   check scenario files
  looplab replay FILE [--speed N] [--cast OUT.cast]
                                          play a scenario as a demo (or record it)
  looplab record OUT.cast                 record an interactive session
  looplab explain TEXT                    where a message or output format comes from

Options:
  --os aix                    the machine to boot (aix; solaris and bsd are coming)
  --echo                      print the prompt and each command before its output
  --import HOST_PATH:LAB_PATH make a host file (an ISO image) readable in the lab,
                              read-only; nothing is copied
  --version, --help
`;
