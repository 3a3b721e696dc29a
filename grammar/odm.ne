# AIX ODM search criteria (`odmget -q '...'`), e.g.
#   name=loop0      name = 'loop0' and status=1      name like 'loop*'      value3>=10
# Compile with `node scripts/grammar.mjs` → grammar/odm.grammar.ts (committed).
# Values are kept as written (quotes removed); `like` matching is the ODM's job.
# Lists use left recursion with O(1) cons-cell postprocessors (see shell.ne).

@preprocessor typescript

@{%
import moo from "moo";

// `main` reads field names, `and` and operators; an operator pushes `val`, which reads one value.
const lexer = moo.states({
  main: {
    ws: { match: /[ \t\r\n]+/, lineBreaks: true },
    kwand: /[aA][nN][dD](?![A-Za-z0-9_])/,
    kwlike: { match: /[lL][iI][kK][eE](?![A-Za-z0-9_])/, push: "val" },
    ident: /[A-Za-z_][A-Za-z0-9_]*/,
    cmp: { match: /<=|>=|!=|=|<|>/, push: "val" },
    error: moo.error,
  },
  val: {
    vws: { match: /[ \t\r\n]+/, lineBreaks: true },
    sq: { match: /'[^']*'/, lineBreaks: true, pop: 1 },
    dq: { match: /"[^"]*"/, lineBreaks: true, pop: 1 },
    bare: { match: /[A-Za-z0-9_./*?\[\]!-]+/, pop: 1 },
    error: moo.error,
  },
});

interface Term { field: string; op: "=" | "!=" | "<" | ">" | "<=" | ">=" | "like"; value: string }
interface Cons { h: Term; t: Cons | null }
const term = (field: { text: string }, op: Term["op"], v: { type?: string; text: string }): Term => ({
  field: field.text,
  op,
  value: v.type === "bare" ? v.text : v.text.slice(1, -1),
});
%}

@lexer lexer

criteria -> _ terms _                      {% (d): Cons => d[1] %}

terms    -> term                           {% (d): Cons => ({ h: d[0], t: null }) %}
          | terms _ %kwand _ term          {% (d): Cons => ({ h: d[4], t: d[0] }) %}

term     -> %ident _ %cmp vws value        {% (d): Term => term(d[0], d[2].text, d[4]) %}
          | %ident _ %kwlike vws value     {% (d): Term => term(d[0], "like", d[4]) %}

value    -> %sq {% id %} | %dq {% id %} | %bare {% id %}

vws      -> null | %vws
_        -> null | %ws
