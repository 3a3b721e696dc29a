// The session's text on the lab's screen: the sink the machine's terminal writes to (prompts and
// echoes included; a clear-screen sequence clears the screen), the transcript of what commands
// printed that a replay answers from, and the lab's own text put above the prompt. Apart from
// the Lab because this is the one way text reaches the session view.
import { TranscriptFilter } from "../engine/transcript.js";
import type { Lab } from "./lab.js";

const enc = new TextEncoder();

export class SessionOutput {
  /** what commands printed since capture began (not the prompts and echoes): a replay reads it
   *  to answer a command's question from the transcript */
  captured: string | null = null;
  private dec = new TextDecoder("utf-8");
  /** the transcript of what commands print (for `captured`) */
  private capLog = new TranscriptFilter();
  private capDec = new TextDecoder("utf-8");

  constructor(private readonly lab: Lab) {}

  /** a fresh session (a practice reset): nothing half-decoded or half-filtered from the old one */
  replaceShell(): void {
    this.dec = new TextDecoder("utf-8");
    this.capLog = new TranscriptFilter();
  }

  /** the session's terminal output goes on the screen, prompts and echoes included */
  connect(): void {
    const session = this.lab.shell;
    session.decor = true;
    session.sink = {
      screen: true,
      write: (d) => {
        const bytes = typeof d === "string" ? enc.encode(d) : d;
        // what commands printed, as a transcript has it (a replay answers from it)
        const logged = this.capLog.pass(bytes);
        if (this.captured !== null) this.captured += this.capDec.decode(logged, { stream: true });
        this.output(this.dec.decode(bytes, { stream: true }));
      },
      writeDecor: (d) => {
        this.capLog.pass(d);
        this.output(this.dec.decode(d, { stream: true }));
      },
      writeKeys: (d) => this.capLog.noteKeys(d),
    };
    session.tty.outCapacity = 16384;
    session.onCrash = (what, e) => this.lab.term.write(`looplab: internal error in ${what}: ${(e as Error)?.message ?? String(e)}\n`);
  }

  /**
   * A scenario's set-up commands ran before the lab was connected: the shell waits at its prompt
   * already, and that prompt went to the set-up's own sink. It is written again, as the shell's
   * dressing, so the screen shows it at once (a fresh shell writes its first one itself).
   */
  promptAfterSetup(): void {
    const s = this.lab.shell;
    if (s.waiting()?.kind === "prompt") s.tty.hostWrite(s.prompt(), true);
  }

  /**
   * The lab's own text in the session, above the prompt: the prompt (and the line being typed)
   * comes again below it. `echo`: a line typed at the prompt that the lab took (a practice word),
   * shown after the prompt as the shell would have echoed it.
   */
  printAbove(text: string, echo?: string): void {
    const term = this.lab.term;
    const prompt = term.takeOpen();
    const typed = echo !== undefined ? prompt + this.lab.echo(echo) + "\n" : "";
    term.write(typed + (text === "" ? "" : text + "\n") + prompt);
  }

  /** terminal output: on the screen (clear asks the screen to clear) */
  private output(text: string): void {
    const term = this.lab.term;
    const at = text.lastIndexOf("\x1b[2J");
    if (at >= 0) {
      term.write(text.slice(0, at));
      term.clear();
      this.lab.clearRequests++;
      term.write(text.slice(at + 4));
    } else term.write(text);
  }
}
