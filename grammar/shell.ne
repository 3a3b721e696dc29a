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

# The list inside a compound command: like input, but never empty (`do done` is an error).
clist    -> andors                      {% N.input %}
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

# A pipeline's elements: simple commands (units) and compound commands, written out rather than
# through a `command` rule: one unit rule less to complete for every word.
commands -> units                       {% N.first %}
          | compound                    {% N.first %}
          | commands %pipe units        {% N.snoc(2) %}
          | commands %pipe compound     {% N.snoc(2) %}

# A simple command: words and redirections. Its first unit is never the word `!` (that would
# make `! a` ambiguous) and never a reserved word (the lexer gives those their own tokens).
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

# ---- compound commands ----------------------------------------------------------------------
# The lexer drops blanks and line breaks around reserved words, so none appear here except the
# separators the syntax needs (`for i in a b ; do`).

compound -> cbody                       {% N.compound %}
          | cbody redirs                {% N.compoundIo %}

redirs   -> redirect                    {% N.first %}
          | redirs redirect             {% N.snoc(1) %}

cbody    -> %lbrace clist %rbrace                           {% N.group %}
          | %lparen clist %rparen                           {% N.subshell %}
          | %kwfor %bare dogroup                            {% N.forBare %}
          | %kwfor %bare fsep dogroup                       {% N.forBareSep %}
          | %kwfor %bare %kwin fsep dogroup                 {% N.forEmpty %}
          | %kwfor %bare %kwin fwords fsep dogroup          {% N.forIn %}
          | %kwwhile clist dogroup                          {% N.loop("while") %}
          | %kwuntil clist dogroup                          {% N.loop("until") %}
          | %kwif clist %kwthen clist elifs %kwfi           {% N.ifFi %}
          | %kwif clist %kwthen clist elifs %kwelse clist %kwfi {% N.ifElse %}
          | %kwcase word %kwcin %kwesac                     {% N.caseOf(null, null) %}
          | %kwcase word %kwcin arms %kwesac                {% N.caseOf(3, null) %}
          | %kwcase word %kwcin lastarm %kwesac             {% N.caseOf(null, 3) %}
          | %kwcase word %kwcin arms lastarm %kwesac        {% N.caseOf(3, 4) %}

dogroup  -> %kwdo clist %kwdone         {% N.nth(1) %}

fsep     -> %semi                       {% N.nil %}
          | %nl                         {% N.nil %}

fwords   -> word                        {% N.first %}
          | fwords %ws word             {% N.snoc(2) %}

elifs    -> null                        {% N.nil %}
          | elifs %kwelif clist %kwthen clist {% N.elif %}

arms     -> arm                         {% N.first %}
          | arms arm                    {% N.snoc(1) %}

arm      -> pattern %patend %dsemi      {% N.arm(false) %}
          | pattern %patend clist %dsemi {% N.arm(true) %}

lastarm  -> pattern %patend             {% N.arm(false) %}
          | pattern %patend clist       {% N.arm(true) %}

pattern  -> patwords                    {% id %}
          | %lparen patwords            {% N.nth(1) %}

patwords -> word                        {% N.first %}
          | patwords %pipe word         {% N.snoc(2) %}

# ---- words ----------------------------------------------------------------------------------

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
          | %subst input %substend      {% N.cmdsub(false) %}
          | %bqstart %bqend             {% N.bqEmpty(false) %}
          | %bqstart %bqtext %bqend     {% N.bq(false) %}
          | %arithstart abody %arithend {% N.arith(false) %}

dqbody   -> null                        {% N.nil %}
          | dqbody dqpart               {% N.snoc(1) %}

dqpart   -> %dqtext                     {% N.dqText %}
          | %dqesc                      {% N.dqEsc %}
          | %param                      {% N.dqParam %}
          | %subst input %substend      {% N.cmdsub(true) %}
          | %bqstart %bqend             {% N.bqEmpty(true) %}
          | %bqstart %bqtext %bqend     {% N.bq(true) %}
          | %arithstart abody %arithend {% N.arith(true) %}

# $(( … )): the text, with its parentheses balanced
abody    -> null                        {% N.nil %}
          | abody apart                 {% N.snoc(1) %}

apart    -> %arithtext                  {% N.arithText %}
          | %arithlp abody %arithrp     {% N.arithParen %}

# optional blanks (only after `!`)
_        -> null                        {% N.nil %}
          | %ws                         {% N.nil %}
