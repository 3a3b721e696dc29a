# Shell command-line grammar (POSIX-ish subset) for looplab.
# Compile with `node scripts/grammar.mjs` → grammar/shell.grammar.ts (committed).
#
# Rules of the road (see tech.md §2):
# - Blanks and comments (%ws) reach the grammar only between the end of one word and the start
#   of the next (the lexer wrapper in grammar/lexer.ts drops every other %ws). So %ws is
#   required between two words and appears nowhere else, except after a `!`. That is what
#   makes `a"b"` one word and `a "b"` two.
# - Likewise the wrapper drops a newline at the start and after | && || ; & or a newline (a
#   mere line break there), so %nl here is always a command separator.
# - Every list is explicit left recursion with an O(1) cons-cell postprocessor (grammar/nodes.ts).
#   Never use nearley's :* / :+ or a postprocessor that copies arrays: the line becomes O(n²).
# - Keep the chains of unit rules short: Earley completes every level for every word.
# - The grammar must stay unambiguous: test/grammar/ambiguity.test.ts checks that every line
#   has at most one parse.

@preprocessor typescript

@{%
import { lexer } from "./lexer.js";
import * as N from "./nodes.js";
%}

@lexer lexer

input    -> null                        {% N.inputEmpty %}
          | andors                      {% N.input %}
          | andors sep                  {% N.inputSep %}

andors   -> andor                       {% N.itemFirst %}
          | andors sep andor            {% N.itemNext %}

sep      -> %semi                       {% N.konst(";") %}
          | %amp                        {% N.konst("&") %}
          | %nl                         {% N.konst("\n") %}

andor    -> pipeline                    {% N.andorFirst %}
          | andor logop pipeline        {% N.andorNext %}

logop    -> %andand                     {% N.konst("&&") %}
          | %oror                       {% N.konst("||") %}

# `!` is a reserved word only at the start of a pipeline. A lone `!` (bash accepts it) is a
# pipeline of one empty command, negated.
pipeline -> commands                    {% N.pipeline %}
          | bangs                       {% N.bangOnly %}
          | bangs commands              {% N.bangPipeline %}

bangs    -> %bang _                     {% N.one %}
          | bangs %bang _               {% N.inc %}

commands -> units                       {% N.first %}
          | commands %pipe units        {% N.snoc(2) %}

# A simple command: words and redirections. Its first unit is never the word `!` (that would
# make `! a` ambiguous).
units    -> segs                        {% N.firstWord %}
          | redirect                    {% N.first %}
          | units %ws word              {% N.snoc(2) %}
          | units redirect              {% N.snoc(1) %}

redirect -> redirop word                {% N.redirect %}
          | %ionum redirop word         {% N.ioRedirect %}

redirop  -> %great                      {% N.op(">") %}
          | %dgreat                     {% N.op(">>") %}
          | %greatand                   {% N.op(">&") %}
          | %less                       {% N.op("<") %}

word     -> segs                        {% N.word %}
          | %bang                       {% N.bangWord %}

segs     -> seg                         {% N.first %}
          | segs seg                    {% N.snoc(1) %}

seg      -> %bare                       {% N.bare %}
          | %esc                        {% N.esc %}
          | %param                      {% N.param %}
          | %sqstart %sqend             {% N.sqEmpty %}
          | %sqstart %sqtext %sqend     {% N.sqText %}
          | %dqstart dqbody %dqend      {% N.dq %}

dqbody   -> null                        {% N.nil %}
          | dqbody dqpart               {% N.snoc(1) %}

dqpart   -> %dqtext                     {% N.dqText %}
          | %dqesc                      {% N.dqEsc %}
          | %param                      {% N.dqParam %}

# optional blanks (only after `!`)
_        -> null                        {% N.nil %}
          | %ws                         {% N.nil %}
