// The ODM's LIKE (odmget -q "name like 'loop*'", lsdev -l 'loop*'): * any string, ? any one
// character, [..] one of, [!..] none of; everything else stands for itself. Matched with the
// classic wildcard walk: on a mismatch go back to just after the last `*` and let it take one
// more character. That is at most (pattern × subject) steps, never exponential, and needs no
// regular-expression engine (the kernel uses none).

type Token = { star: true } | { star: false; test: (c: string) => boolean };

function bracket(body: string): (c: string) => boolean {
  const neg = body.startsWith("!");
  const list = [...(neg ? body.slice(1) : body)];
  return (c) => {
    let hit = false;
    for (let k = 0; k < list.length && !hit; k++) {
      if (list[k + 1] === "-" && k + 2 < list.length) {
        hit = c >= list[k]! && c <= list[k + 2]!;
        k += 2;
      } else hit = c === list[k];
    }
    return hit !== neg;
  };
}

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "*") {
      if (!out.length || !out[out.length - 1]!.star) out.push({ star: true });
    } else if (c === "?") out.push({ star: false, test: () => true });
    else if (c === "[" && chars.indexOf("]", i + 2) > 0) {
      const close = chars.indexOf("]", i + 2);
      out.push({ star: false, test: bracket(chars.slice(i + 1, close).join("")) });
      i = close;
    } else out.push({ star: false, test: (x) => x === c });
  }
  return out;
}

/** does the LIKE pattern match all of text? */
export function likeMatch(pattern: string, text: string): boolean {
  const p = tokens(pattern);
  const s = [...text];
  let pi = 0;
  let si = 0;
  /** the last `*` seen, and where in the text it stopped taking characters */
  let star = -1;
  let resume = 0;
  while (si < s.length) {
    const t = p[pi];
    if (t !== undefined && t.star) {
      star = pi++;
      resume = si;
    } else if (t !== undefined && t.test(s[si]!)) {
      pi++;
      si++;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++resume;
    } else return false;
  }
  while (pi < p.length && p[pi]!.star) pi++;
  return pi === p.length;
}
