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

# A here-document body (parseHereDoc, the lexer in its `hd` state): text and expansions.
hdbody   -> null                        {% N.nil %}
          | hdbody hdpart               {% N.snoc(1) %}

hdpart   -> dqpart                      {% id %}
          | %hdtext                     {% N.dqText %}
          | %hdesc                      {% N.dqEsc %}

# The list inside a compound command: like input, but never empty (`do done` is an error).
clist    -> andors                      {% N.input %}
          | andors sep                  {% N.inputSep %}

andors   -> andor                       {% N.itemFirst %}
          | andors sep andor            {% N.itemNext %}

sep      -> %semi                       {% N.konst(";") %}
          | %amp                        {% N.konst("&") %}
          | %pipeamp                    {% N.konst("|&") %}
          | %nl                         {% N.konst("\n") %}

andor    -> pipeline                    {% N.andorFirst %}
          | andor logop pipeline        {% N.andorNext %}

logop    -> %andand                     {% N.konst("&&") %}
          | %oror                       {% N.konst("||") %}

# `!` is a reserved word only at the start of a pipeline. A lone `!` (bash accepts it) is a
# pipeline of one empty command, negated.
# `time` (a reserved word) times the pipeline after it.
pipeline -> commands                    {% N.pipeline %}
          | bangs                       {% N.bangOnly %}
          | bangs commands              {% N.bangPipeline %}
          | %kwtime pipeline            {% N.timed %}

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
          | heredoc word                {% N.hdRedirect %}
          | %ionum heredoc word         {% N.ioHdRedirect %}

redirop  -> %great                      {% N.op(">") %}
          | %dgreat                     {% N.op(">>") %}
          | %greatand                   {% N.op(">&") %}
          | %clobber                    {% N.op(">|") %}
          | %less                       {% N.op("<") %}
          | %lessand                    {% N.op("<&") %}
          | %lessgreat                  {% N.op("<>") %}

# `<<WORD`: the lexer attaches the body to the token
heredoc  -> %dless                      {% N.heredocOp %}
          | %dlessdash                  {% N.heredocOp %}

# ---- compound commands ----------------------------------------------------------------------
# The lexer drops blanks and line breaks around reserved words, so none appear here except the
# separators the syntax needs (`for i in a b ; do`).

compound -> cbody                       {% N.compound %}
          | cbody redirs                {% N.compoundIo %}
          | funcdef                     {% id %}

# A function definition; redirections after its body belong to the body.
funcdef  -> %kwfunction %funcname compound                 {% N.funcKsh %}
          | %funcname %fnlparen %fnrparen compound          {% N.funcPosix %}

redirs   -> redirect                    {% N.first %}
          | redirs redirect             {% N.snoc(1) %}

cbody    -> %lbrace clist %rbrace                           {% N.group %}
          | %lparen clist %rparen                           {% N.subshell %}
          | forsel %bare dogroup                            {% N.forBare %}
          | forsel %bare fsep dogroup                       {% N.forBareSep %}
          | forsel %bare %kwin fsep dogroup                 {% N.forEmpty %}
          | forsel %bare %kwin fwords fsep dogroup          {% N.forIn %}
          | %kwdlbrack cexpr %kwdrbrack                     {% N.cond %}
          | %arithcmd abody %arithcmdend                    {% N.arithCmd %}
          | %kwwhile clist dogroup                          {% N.loop("while") %}
          | %kwuntil clist dogroup                          {% N.loop("until") %}
          | %kwif clist %kwthen clist elifs %kwfi           {% N.ifFi %}
          | %kwif clist %kwthen clist elifs %kwelse clist %kwfi {% N.ifElse %}
          | %kwcase word %kwcin %kwesac                     {% N.caseOf(null, null) %}
          | %kwcase word %kwcin arms %kwesac                {% N.caseOf(3, null) %}
          | %kwcase word %kwcin lastarm %kwesac             {% N.caseOf(null, 3) %}
          | %kwcase word %kwcin arms lastarm %kwesac        {% N.caseOf(3, 4) %}

forsel   -> %kwfor                      {% N.konst("for") %}
          | %kwselect                   {% N.konst("select") %}

dogroup  -> %kwdo clist %kwdone         {% N.dogroup %}

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

# [[ … ]]: || looser than &&, then !, then ( ) and the primaries. The lexer retypes the
# operators; an operator word where an operand is expected is that operand.
cexpr    -> cterm                       {% id %}
          | cexpr %condor cterm         {% N.condBin("or") %}

cterm    -> cfact                       {% id %}
          | cterm %condand cfact        {% N.condBin("and") %}

cfact    -> cprim                       {% id %}
          | %condnot cfact              {% N.condNot %}

cprim    -> %condlp cexpr %condrp       {% N.nth(1) %}
          | %condunop copnd             {% N.condUnary %}
          | copnd %condbinop copnd      {% N.condBinary %}
          | copnd                       {% N.condWord %}

copnd    -> word                        {% id %}
          | %condunop                   {% N.opWord %}
          | %condbinop                  {% N.opWord %}
          | %condnot                    {% N.opWord %}

# ---- words ----------------------------------------------------------------------------------

word     -> segs                        {% N.word %}
          | %bang                       {% N.bangWord %}

segs     -> seg                         {% N.first %}
          | segs seg                    {% N.snoc(1) %}

seg      -> %bare                       {% N.bare %}
          | %xglob                      {% N.bare %}
          | %esc                        {% N.esc %}
          | %param                      {% N.param %}
          | %sqstart %sqend             {% N.sqEmpty %}
          | %sqstart %sqtext %sqend     {% N.sqText %}
          | %dqstart dqbody %dqend      {% N.dq %}
          | %subst input %substend      {% N.cmdsub(false) %}
          | %bqstart %bqend             {% N.bqEmpty(false) %}
          | %bqstart %bqtext %bqend     {% N.bq(false) %}
          | %arithstart abody %arithend {% N.arith(false) %}
          | %plen                       {% N.plen(false) %}
          | %badsub                     {% N.badsub(false) %}
          | %pexp bword %pexpend        {% N.pexp(false) %}
          | %badparam bword %pexpend    {% N.badparam(false) %}

# the word of ${name op word}: as a word, with blanks and operators as text
bword    -> null                        {% N.nil %}
          | bword bpart                 {% N.snoc(1) %}

bpart    -> seg                         {% id %}
          | %btext                      {% N.bare %}

dqbody   -> null                        {% N.nil %}
          | dqbody dqpart               {% N.snoc(1) %}

dqpart   -> %dqtext                     {% N.dqText %}
          | %dqesc                      {% N.dqEsc %}
          | %param                      {% N.dqParam %}
          | %subst input %substend      {% N.cmdsub(true) %}
          | %bqstart %bqend             {% N.bqEmpty(true) %}
          | %bqstart %bqtext %bqend     {% N.bq(true) %}
          | %arithstart abody %arithend {% N.arith(true) %}
          | %plen                       {% N.plen(true) %}
          | %badsub                     {% N.badsub(true) %}
          | %pexp dqbword %pexpend      {% N.pexp(true) %}
          | %badparam dqbword %pexpend  {% N.badparam(true) %}

# the word of ${name op word} inside "…": its text and expansions count as unquoted for the
# patterns of # ## % %% ("${f%.*}"), a "…" inside it is quoted; the defaults (:- …) are not
# split either way (the interpreter knows the ${ } was inside quotes)
dqbword  -> null                        {% N.nil %}
          | dqbword dqbpart             {% N.snoc(1) %}

dqbpart  -> %dqtext                     {% N.bare %}
          | %dqesc                      {% N.dqEsc %}
          | %param                      {% N.param %}
          | %subst input %substend      {% N.cmdsub(false) %}
          | %bqstart %bqend             {% N.bqEmpty(true) %}
          | %bqstart %bqtext %bqend     {% N.bq(true) %}
          | %arithstart abody %arithend {% N.arith(false) %}
          | %plen                       {% N.plen(false) %}
          | %badsub                     {% N.badsub(false) %}
          | %pexp dqbword %pexpend      {% N.pexp(true) %}
          | %badparam dqbword %pexpend  {% N.badparam(true) %}
          | %dqstart dqbody %dqend      {% N.dq %}

# $(( … )): the text, with its parentheses balanced
abody    -> null                        {% N.nil %}
          | abody apart                 {% N.snoc(1) %}

apart    -> %arithtext                  {% N.arithText %}
          | %arithlp abody %arithrp     {% N.arithParen %}

# optional blanks (only after `!`)
_        -> null                        {% N.nil %}
          | %ws                         {% N.nil %}
