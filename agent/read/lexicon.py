"""Offline fact extraction from prose.

The extractor reads a use-case description (or an interview answer) sentence by
sentence.  It recognises cues for each fact through small lexicons of word
stems rather than fixed phrases, checks each cue for negation in its clause
("we have *no* labelled data", "latency does *not* matter"), and classifies every
number by the words around it ("2.3 million tickets a month" is a volume,
"4,200 contracts that paralegals annotated" a count of examples, "1,800 pages"
a corpus size, "within two seconds" a latency).  Every fact it returns quotes the
sentence it rests on, verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ftaudit.facts import FACT_FIELDS, Fact, FactSource
from ftaudit.read.quantities import Quantity, find_quantities, parse_period

_NEG = re.compile(
    r"\b(no|not|never|without|none|nor|neither|nobody|cannot|can'?t|don'?t|doesn'?t|didn'?t|isn'?t|"
    r"aren'?t|won'?t|wasn'?t|haven'?t|hasn'?t|lack|lacks|zero)\b|n't\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b|\bso\b", re.IGNORECASE)
_POST_NEG = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:does not|doesn't|do not|don't|is not|isn't|are not|aren't|not)\s+"
    r"(?:matter|important|an issue|a concern|critical|needed|required|relevant|settled|decided|defined|fixed|a priority)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence and its offset in the source text."""

    text: str
    start: int


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines (same length, so offsets still hold)."""
    return re.sub(r"(?<=\S)[ \t]*\n(?![ \t]*(?:\n|[-*\u2022#>]|\d+[.)]\s))", lambda m: " " * len(m.group(0)), text)


_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|no|mr|ms|dr|inc|ltd|cf)|\b[A-Z])$", re.IGNORECASE)
_ABBREV_REACH = 8
"""How far back :data:`_ABBREV` can look: its longest word ("approx") plus the character that
decides its word boundary, plus one.  Matching it on this window of the text before a period
gives the same answer as matching it on the whole sentence so far, in constant time."""


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences and list items, keeping offsets."""
    out: list[Sentence] = []
    flat = _unwrap(text)
    start = 0

    def emit(end: int) -> None:
        raw = flat[start:end]
        stripped = raw.strip()
        if len(stripped) >= 2:
            out.append(Sentence(" ".join(stripped.split()), start + len(raw) - len(raw.lstrip())))

    i = 0
    while i < len(flat):
        ch = flat[i]
        if ch == "\n":
            emit(i)
            start = i + 1
        elif (ch in ".!?" and (i + 1 == len(flat) or flat[i + 1].isspace())
              and not _ABBREV.search(flat[max(start, i - _ABBREV_REACH):i])):
            while i + 1 < len(flat) and flat[i + 1] in ".!?\"')":
                i += 1
            emit(i + 1)
            start = i + 1
        i += 1
    emit(len(flat))
    return out


NEGATION_WINDOW = 400
"""Characters before a cue that :func:`negated` looks at (seven words fit many times over)."""


def negated(sentence: str, start: int, end: int | None = None, *, across_commas: bool = False) -> bool:
    """True if the cue at ``sentence[start:end]`` is negated within its clause.

    ``across_commas`` lets the negation reach over fillers ("we don't have any, like, examples").
    """
    # Only the last seven words of the clause count, so a bounded window before the cue is
    # enough; scanning from the sentence start for every cue made reading quadratic.
    before = sentence[max(0, start - NEGATION_WINDOW):start]
    breaks = [b for b in _CLAUSE_BREAK.finditer(before) if not (across_commas and b.group(0) == ",")]
    clause = before[breaks[-1].end():] if breaks else before
    words = re.findall(r"[\w']+", clause)[-7:]
    if _NEG.search(" ".join(words)):
        return True
    return end is not None and bool(_POST_NEG.match(sentence[end : end + 60]))


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# Cue lexicons.  Patterns match word stems and short constructions, not whole phrases.
CITATION = _rx(
    r"\bcit(?:e|es|ed|ing|ation|ations)\b",
    r"\bquot(?:e|es|ing)\b[^.]{0,40}\b(?:paragraph|section|clause|source|polic\w*|rule|passage|document|article|text)",
    r"\blinks?\b[^.]{0,12}\bto\b[^.]{0,30}\b(?:article|document|source|page|polic\w*|guideline|doc|reports?|records?|entr(?:y|ies)|notes?|cases?|tickets?)s?\b",
    r"\b(?:can'?t|cannot|unable to) (?:trace|verify|check where)\b",
    r"\b(?:section|rule|clause|source|document|article|paragraph|page|passage|guideline|policy)s?\b[^.()]{0,25}\b(?:it|they|that|answers?)\s+(?:came|comes|come|is taken|are taken)\s+from\b",
    r"\b(?:show|name|include|give|reference|attribute)s?\b[^.]{0,30}\b(?:its|the|their)\s+(?:exact\s+)?sources?\b",
    r"\bsource (?:link|reference|attribution)s?\b|\bwith (?:a |the )?references?\b|\btraceab\w+",
    r"\bwhere (?:the|each|an) answer (?:comes|came) from\b|\b(?:with|show|shows|showing) (?:its |their |the )?provenance\b",
    r"\b(?:point|refer|link)s?\b[^.]{0,12}\b(?:to|at)\b[^.]{0,40}\b(?:sources?|sheets?|documents?|versions?|pages?|sections?|clauses?|polic\w*|articles?|rules?)\b",
    r"\b(?:relied on|relies on|rests on|was based on|is based on)\b",
    r"\breferences?\b[^.]{0,30}\b(?:paragraph|section|clause|page|source|polic\w*|document|article|ruling)s?\b",
    r"\b(?:point|refer|link)s?\s+(?:back\s+)?(?:to|at)\s+(?:the|a|its|their|each)\s+(?:\w+\s+){0,2}(?:entry|entries|record|id|number|version|ticket|case|file|item)\b",
    r"\b(?:shows?|tells?|says?|gives?|names?|states?)\b[^.]{0,15}\bwhich (?:circular|document|source|regulation|polic\w*|page|section|clause|rule|article|law|entry|version|sheet|manual|guideline|notice)\b",
    r"\b(?:give|gives|state|states|include|includes|show|shows|quote|quotes|name|names)\b[^.]{0,25}\b(?:document|source|clause|section|circular|regulation|policy|article|page|entry) (?:number|id|reference|name|title|and)\b",
    r"\bthe (?:answer|advice|number|figure|claim|statement|offer|rate|price)\s+(?:came|comes|come|is coming|was taken|originated)\s+from\b",
    r"\b(?:source|document|sheet|page|section|circular|entry|line|clause|article|record|report|rule|guideline|polic\w*)s?\b[^.()]{0,15}\b(?:it|they)\s+(?:came|comes|come|is coming|are coming|was taken|originated)\s+from\b",
    r"\b(?:that|which) (?:justify|justifies|support|supports|back up|backs up) (?:it|them|the (?:answer|code|decision|suggestion))\b",
    r"\bsource[_ -]?(?:url|link|id|reference)s?\b", r"\buncited\b|\bunsourced\b",
    r"\b(?:tied|linked|traced|traceable) (?:back )?to (?:a|the|its|their) \w+",
    r"\bwhich (?:\w+ ){0,3}(?:and which \w+ )?(?:the \w+ |it |they )?(?:came|comes|come|is coming) from\b",
)
KNOWLEDGE_NOUN = (
    r"polic(?:y|ies)|documents?|docs|documentation|guidelines?|handbooks?|manuals?|wordings?|"
    r"articles?|stories|news|knowledge base|wiki|faqs?|regulations?|rules|laws?|prices?|pricing|"
    r"catalog(?:ue)?s?|product (?:information|data|specs?)|specs?|sdk|api reference|reference docs?|"
    r"release notes|intranet|sharepoint|confluence|pdfs?|contracts? templates?|terms|tariffs?|"
    r"inventory|schedules?|menus?|rates|(?:terms|fact|data|spec|rate|offer|price) sheets?|product sheets?|brochures?|standards?|"
    r"procedures?|playbooks?|runbooks?|circulars?|agreements?|amendments?|guidance notes?|advisor(?:y|ies)|bulletins?|"
    r"notices?|announcements?|patch(?:es| notes?)?|changelogs?|trackers?|calendars?|feeds?|listings?|databases?|"
    r"spreadsheets?|sheets?|registers?|registr(?:y|ies)|lists? of \w+|tariffs?|offers?|promotions?|wikis?|"
    r"shared drive|knowledge articles?|case law|statutes?|codes? of practice|reports?|rulings?|decisions|lists|legal text|"
    r"tariff schedules?|classification notes"
)
KNOWLEDGE_SOURCE = _rx(
    rf"\b(?:our|the|internal|company|proprietary|private|confidential|in-house|current|latest|attached|their|its|each|every|a|an|\d[\d,]*(?:-page)?)\b[^.]{{0,30}}\b(?:{KNOWLEDGE_NOUN})\b",
    r"\banswer\w*\b[^.]{0,25}\bfrom (?:the|our|their|its)\b", r"\bdigging through\b|\blook(?:ing)? (?:it |things )?up in\b",
    r"\bwhat (?:our|the) \w+(?: \w+)? says?\b",
    r"\bproprietary\b|\binternal (?:knowledge|information|data|documentation|docs|tools?)\b",
    r"\b(?:questions?|ask\w*|answers?|look[- ]?ups?)\b[^.]{0,40}\b(?:about|from|on|in)\b[^.]{0,25}\b(?:we|our)\b[^.]{0,20}\b(?:published|wrote|maintain|own|have)\b",
    r"\b(?:today'?s|latest|recent|current|breaking)\s+(?:news|events|stories|prices|figures|data)\b",
    r"\bpublished (?:today|this week|recently)\b",
)
RELIANCE = _rx(
    r"\b(?:rely|relies|relied) on\b", r"\blook(?:s|ed|ing)? (?:it |things |them )?up\b", r"\bfind (?:and \w+ )?the (?:right|relevant)\b",
    r"\banswers? (?:them |it |these )?from\b", r"\bdigging through\b", r"\bsearch(?:es|ing)? (?:through|in|across)\b",
    r"\bconsult\w*\b", r"\bwhat (?:our|the) \w+(?: \w+)? says?\b", r"\bthe material\b",
    r"\bknow (?:about )?(?:our|their|the company'?s) (?:stuff|data|documents|content|products|records|material)\b",
    r"\b(?:answers?|information|facts?|details?) (?:are|is|live|lives|sit|sits) (?:all |mostly |scattered )?(?:in|across|inside)\b",
)
KNOWLEDGE_SMALL = _rx(
    r"\b(?:doesn't|does not|don't|do not|won't|no) need (?:to )?\W?(?:know|look (?:anything )?up|retrieve)\b",
    r"\b(?:given|passed|provided|supplied|included|sent) (?:to the (?:ai|model|llm) |in(?:to)? the (?:prompt|input|request) )?(?:with|in) (?:each|every|the) (?:request|call|input|prompt|time|email|ticket)\b",
    r"\b(?:given|passed|provided) to the (?:ai|model|llm) each time\b",
    r"\bknowledge\b[^.]{0,40}\b(?:small|stable|limited|static|simple|basic)\b",
    r"\bknowledge\b[^.]{0,40}\bin the examples\b",
    r"\b(?:general|common|public|world) knowledge\b[^.]{0,20}\b(?:is )?enough\b",
    r"\bno (?:special|domain|private|internal) knowledge\b",
)
QA_TASK = _rx(
    r"\banswer\w*\b[^.]{0,30}\bquestions?\b", r"\bquestions?\b[^.]{0,40}\b(?:about|on|from|like)\b",
    r"\bask(?:s|ing|ed)?\b[^.]{0,30}\b(?:questions?|things|about|how|which|what|whether)\b",
    r"\b(?:chat ?bot|chat box|assistant|helper|help desk|q&a|look[- ]?up|lookup|search)\b",
    r"\bquick answers\b", r"\bget the answer\b", r"\b(?:type|ask|enter|put in)s? (?:a |the |their |your )?questions?\b",
    r"\bquery (?:the|our|their)\b", r"\bask\w*\s+[\"\u201c]", r"\banswers? from\b", r"\bhow do i\b",
)
CLASSIFY_TASK = _rx(
    r"\bclassif\w*", r"\bcategori[sz]\w*", r"\b(?:route|routing|routed)\b", r"\bintents?\b",
    r"\bsentiment\b", r"\btriage\b", r"\btag(?:s|ging)?\b", r"\blabel(?:s|led|ed|ling|ing)? (?:with|as|into)\b",
    r"\bone of \d+\b", r"\b(?:positive|negative|neutral)\b", r"\bflag (?:for|as)\b", r"\bdefect categor",
    r"\b(?:spam|fraud) detection\b", r"\bqueues?\b",
)
EXTRACT_TASK = _rx(
    r"\bextract\w*", r"\b\d+ (?:\w+ )?fields\b|\bfields? (?:like|such as|from|into|per)\b", r"\bstructur(?:ed|ing|e)\b[^.]{0,30}\b(?:report|template|data|record|output|form)",
    r"\bparse\w*", r"\binto (?:a |our )?(?:fixed |structured )?(?:json|schema|template|form|table)",
    r"\bnamed entit", r"\bentity recognition\b", r"\bkey[- ]value\b",
)
GENERATE_TASK = _rx(
    r"\bdraft\w*", r"\bwrit(?:e|es|ing)\b", r"\bgenerat\w*", r"\bdescriptions?\b", r"\bbrainstorm\w*",
    r"\bcopy\b", r"\bsummar\w*", r"\breplies\b|\breply\b", r"\btaglines?\b|\bslogans?\b", r"\bmemos?\b",
    r"\bemails?\b", r"\bresponses?\b",
)
TRANSFORM_TASK = _rx(
    r"\bnormali[sz]\w*", r"\bclean(?:-| )?up\b|\bcleans?\b", r"\bconvert\w*", r"\btranslat\w*",
    r"\brewrit\w*", r"\bstandardi[sz]\w*", r"\breformat\w*", r"\bdedup\w*",
    r"\bformat(?:ting)? (?:it|them|the \w+) (?:to|into|according to)\b", r"\b(?:turn|turned|turning|convert\w*) (?:it|them|the \w+) into\b",
)
RESEARCH_TASK = _rx(
    r"\bresearch\b", r"\bsearch the web\b|\bweb search\b|\bbrowse\w*", r"\blandscape\b",
    r"\bcompetitors?\b", r"\bagent\b",
)
STRICT_FORMAT = _rx(
    r"\bjson\b", r"\bschema\b", r"\bxml\b", r"\byaml\b", r"\bfixed (?:format|structure|template|layout)",
    r"\b(?:structured|report|house|standard|strict|exact|specific|required) (?:report )?(?:template|format|structure|layout)\b",
    r"\bexactly (?:these|the following) (?:keys|fields|sections)\b", r"\bnumbered steps\b",
    r"\bmarkdown tables?\b", r"\bmust (?:come out|be returned|follow) (?:as|in)\b",
    r"\b(?:format|shape|structure) (?:drifts?|breaks?|varies|is off)\b", r"\bour site breaks\b",
    r"\bmachine[- ]readable\b", r"\bfield by field\b|\b\d+ fields\b",
    r"\b(?:edi|x12|edifact|hl7|fhir|iso 20022|swift mt)\b", r"\bonly the (?:code|label|category|number|id|class)\b",
    r"\bin (?:our|the) (?:\w+ )?(?:system'?s |tool'?s )?(?:exact |required )?format\b",
    r"\b(?:format|layout|formatting) (?:standard|spec(?:ification)?|rules|conventions)\b",
    r"\bconsistently\W+(?:\w+\W+)?(?:produce|follow|output|emit)\w*\b[^.]{0,20}\b(?:format|structure|layout|schema)\b", r"\bvalidators?\b|\b(?:parser|importer|gateway)s? (?:accept|reject)\w*",
    r"\b(?:max(?:imum)?|at most|up to) \d+ characters\b", r"\bfixed (?:\d+-)?sections?\b|\b\d+-section template\b",
)
STYLE = _rx(
    r"\bvoice\b(?!\s*(?:notes?|memos?|messages?|mail|calls?|assistants?|bots?|interfaces?|input|channels?|transcripts?|recordings?))",
    r"\btone\b", r"\bpersona\b", r"\b(?:house|brand|writing) style\b", r"\bin character\b",
    r"\bon[- ]brand\b", r"\bstyle guide\b", r"\bsounds? like (?:us|our)\b",
    r"\bconsistent (?:style|wording|phrasing|personality)\b", r"\bpersonality\b", r"\bsound(?:s|ing)? like\b",
    r"\b(?:our|the) brand(?: voice| identity| guidelines)?\b", r"\bhouse wording\b|\bwording rules\b",
)
STYLE_EASY = _rx(
    r"\b(?:simple|easy|short) enough to (?:explain|describe|put|write)\b", r"\bfits? in (?:a|the|one) (?:prompt|paragraph)\b",
    r"\b(?:tone|style|voice)\b[^.]{0,40}\b(?:doesn't|does not|don't|do not) (?:matter|need)\b",
)
FORMAT_SOLVED = _rx(
    r"\b(?:already|reliably)\b[^.]{0,40}\b(?:valid|correct|well-formed|proper)\s+(?:json|xml|yaml|format|output|schema)\b",
    r"\bstructured[- ]output\w*(?: mode)?\b[^.]{0,30}\b(?:gives|handles|solves|takes care of)\b",
)
JARGON = _rx(
    r"\bjargon\b", r"\bterminolog\w*", r"\babbreviations?\b", r"\bacronyms?\b", r"\bnotation\b",
    r"\b(?:legal|medical|clinical|technical) (?:drafting|language|vocabulary|shorthand)\b",
    r"\bdomain[- ]specific (?:language|terms|vocabulary)\b", r"\b(?:dsl|query language)\b",
    r"\bgeneral models? (?:misread|misunderstand|confuse)\b",
)
PROMPT_SHORTFALL = _rx(
    r"\bprompt\w*\b[^.]{0,40}\b(?:keeps? slipping|slips|drifts?|fails?|falls? short|plateau\w*|isn't enough|is not enough|not good enough|inconsistent|unreliable)",
    r"\b(?:we )?tried\b[^.]{0,160}\b(?:\d+ ?%|accuracy|slipping|confus\w*|not good enough|drift\w*|inconsistent|fail\w*|plateau\w*)",
    r"\bwith prompting\b[^.]{0,60}\b(?:maybe|only|about|around)?\s*\d+ ?%",
    r"\bgeneral models?\b[^.]{0,30}\b(?:we tried )?(?:confuse|misread|miss|get wrong|struggle)\w*",
    r"\bprompt\w*\b[^.]{0,30}\b(?:drift\w*|out of character)\b", r"\bdrift\w* out of\b",
    r"\bfew-shot\b[^.]{0,40}\b(?:not enough|fails?|too long)\b",
    r"\b(?:model|prompt\w*|gpt[-\w.]*|llm|claude|gemini)\b[^.]{0,80}\b(?:gets?|got|getting)\b[^.]{0,40}\bwrong\b",
    r"\b(?:model|prompt\w*|llm)\b[^.]{0,60}\b(?:makes? (?:too many )?mistakes|error rate)\b",
    r"\bwhich is (?:too many|too much|too often|not acceptable|unacceptable)\b",
    r"\b(?:prompt\w*|model|pilot|gpt[-\w.]*|llm)\b[^.]{0,120}\b(?:reached|got|achieved|scored|gets|plateau\w*)\b[^.]{0,30}\d+(?:\.\d+)? ?%",
    r"\b(?:prompt\w*|model)\b[^.]{0,140}\bplateau\w*",
    r"\bstill (?:drifts?|fails?|breaks?|gets? (?:it |them )?wrong|makes? mistakes|ignores?|hallucinat\w*|misses|confuses)\b",
    r"\b(?:hasn't|has not|haven't|have not|didn't|did not) (?:moved|improved|budged|got better)\b",
    r"\b(?:stuck|sits|plateau(?:ed|s)?|stalled|tops out) at (?:about |around |~)?\d+",
    r"\bread(?:s)? like generic\b|\bgeneric (?:ai|llm|chatgpt) (?:copy|text|output)\b",
)
HIGH_STAKES = _rx(
    r"\bharm\w*\b", r"\b(?:errors?|mistakes?|misroutes?|wrong answers?)\b[^.]{0,30}\b(?:cost\w*|expensive|costly|harm|unacceptable|dangerous)",
    r"\bnon-negotiable\b", r"\baudit(?:ed|s|ors)?\b", r"\bcomplian\w*", r"\bregulat\w*",
    r"\bsafety[- ]critical\b", r"\bblamed\b", r"\bsix figures\b|\bseven figures\b", r"\bliabilit\w*\b",
    r"\bpatients?\b", r"\blegal (?:risk|exposure)\b", r"\baccuracy (?:and \w+ )?(?:matters?|is critical)\b",
    r"\bat least \d+(?:\.\d+)? ?% accura", r"\bact on them\b", r"\bhigh[- ]stakes\b",
    r"\bnear[- ]perfect\b", r"\bhallucinat\w*", r"\bmade[- ]up (?:answers?|facts?|stats?|numbers?)\b",
    r"\binvent\w* (?:a |an )?(?:\w+ )?(?:stat|fact|number|answer|policy|clause|price)\w*", r"\bfined\b|\bpenalt\w*", r"\b(?:zero|no) tolerance\b", r"\bmission[- ]critical\b", r"\bfinancial (?:loss|penalt)",
)
LOW_STAKES = _rx(
    r"\bnobody has checked\b", r"\blow[- ]stakes\b", r"\bnot critical\b", r"\b(?:just|only) (?:ideas|drafts|suggestions)\b",
    r"\bbrainstorm\w*", r"\bdoesn't matter if\b", r"\bfun\b",
)
HUMAN_REVIEW = _rx(
    r"\bspot[- ]check\w*", r"\bwe (?:then )?edit\b", r"\bedit and send\b",
    r"\b(?:output|answers?|drafts?|replies|reports?|results?|it|everything|suggestions?)\b[^.]{0,25}\b(?:is|are|gets?|will be)\s+(?:\w+\s+)?(?:reviewed|checked|approved|edited|corrected)\b",
    r"\bhuman[- ]in[- ]the[- ]loop\b", r"\b(?:a person|a human|someone) (?:checks|reviews|approves)\b",
    r"\bbefore (?:they are |it is )?sent\b", r"\bwe (?:then )?review\b", r"\bhuman (?:review|edits?)\b",
    r"\b(?:edit|rewrite|check|review|approve)s? (?:everything|each one|every (?:draft|answer|output)|all of it)\b",
    r"\bbefore it goes out\b", r"\bbefore (?:i|we) (?:print|publish|send|post)\b",
    r"\bcheck (?:all|every|each) (?:of )?(?:the )?\w+",
    r"\b(?:read|check|review|edit|fix)\w*\b[^.]{0,20}\b(?:every|each|all) (?:single )?(?:word|line|draft|output|answer|one|page)\b",
    r"\bfix (?:what|whatever|anything) it gets wrong\b",
    r"\b(?:rewrite|edit|check|review|read)\w* (?:\w+ )?before (?:posting|publishing|sending|printing|we print|it goes|use)\b", r"\b(?:i|we|they|she|he) then (?:check|edit|review|tweak|rewrite|approve)\w*\b",
    r"\b(?:editors?|reviewers?|a (?:human|person)) (?:approves?|checks?|reviews?) (?:every|each|all)\b",
)
ONE_OFF = _rx(
    r"\bone[- ]off\b", r"\bone[- ]time\b(?!\s+in\b)", r"(?<!\bat )(?<!\ball at )\bonce\b(?! (?:a|per|every|more|again|i|we|you|they|it|the|that|this|our|he|she)\b)", r"\bwon't need (?:this|it) again\b",
    r"\bsingle (?:run|batch|job|pass)\b", r"\bnever again\b", r"\bmigrat\w+\b[^.]{0,40}\bonce\b",
)
PROTOTYPE = _rx(
    r"\bprototyp\w*", r"\bexplor\w*", r"\b(?:want|wants|like|would like|going) to try\b", r"\b(?:we(?:'re| are)? |just |an? )experiment(?:ing|al)?\b", r"\bsee (?:whether|if)\b", r"\bpilot\b(?![^.]{0,80}\b(?:reached|got|achieved|showed|scored|gave)\b)",
    r"\bproof[- ]of[- ]concept\b|\bpoc\b", r"\bfirst[- ]pass\b", r"\bwhatever works\b",
    r"\bmight build\b", r"\bjust (?:starting|getting started)\b", r"\btry (?:it|this|out|something|a few)\b",
    r"\bstart next week\b", r"\b(?:a|free|on) trial\b|\btrial (?:run|period|phase)\b",
    r"\bearly stages?\b", r"\bas we learn\b",
)
PRODUCTION = _rx(r"\bin production\b", r"\bat scale\b", r"\bproduction (?:system|traffic|use)\b", r"\bgo live\b")
NO_BUDGET = _rx(
    r"\bno budget\b", r"\b(?:small|limited|tight|tiny|minimal) budget\b", r"\bno (?:engineering )?budget\b",
    r"\bcan't afford\b", r"\bno money\b", r"\bbudget (?:is )?(?:tight|small|limited)\b",
    r"\bno (?:ml|machine learning|data science|engineering) (?:team|staff|budget|resources)\b",
    r"\b(?:don't|do not|doesn't|haven't|have no|without) (?:any |much |a )?(?:real )?budget\b",
    r"\b(?:don'?t|do not|doesn'?t) have (?:the )?(?:money|funds|funding)\b|\bno (?:money|funds|funding)\b",
    r"\bnot paying\b|\bthe free (?:one|version|tier|plan)\b|\bfree (?:tier|plan|version)\b",
)
LATEST_MODELS = _rx(
    r"\b(?:most capable|latest|newest|best|strongest|frontier|state[- ]of[- ]the[- ]art)\b[^.]{0,30}\bmodels?\b[^.]{0,60}\b(?:switch|upgrade|as soon as|released|available|change)",
    r"\bswitch\w*\b[^.]{0,40}\b(?:better|newer|new) (?:one|model)",
    r"\balways (?:use|on) the (?:latest|newest|best)\b",
)
TASK_CHANGES = _rx(
    r"\b(?:task|requirements?|use case|scope|workflow|process|what we want)\b[^.]{0,30}\b(?:changes?|changing|evolv\w*|shift\w*|moving)\b",
    r"\bas we learn\b", r"\bstill (?:figuring|working) out\b", r"\bkeeps? changing\b",
)
TASK_STABLE = _rx(
    r"\b(?:intent list|label set|labels|categories|task|schema|taxonomy|classes|queues?)\b[^.]{0,20}\b(?:is|are)\s+(?:stable|fixed|settled)\b",
    r"\bstable (?:label set|intent list|taxonomy|set of (?:labels|categories|intents))\b",
    r"\bchanged (?:only )?(?:once|twice) in\b",
)
CHANGE_VERB = _rx(
    r"\b(?:updat|amend|revis|chang|regenerat|correct|refresh|replac|rewrit|publish|reissu|re-issu|releas|edit|launch|expir|bann|withdraw|retir)\w*",
    r"\b(?:added|adds|puts? out|put out|issues?|issued|comes? out|goes live)\b|\bkeeps? (?:moving|changing)\b|\bmoves?\b|\bnever sits? still\b|\bgo(?:es)? (?:pending|stale|out of date)\b|\bships?\b", r"\bnew (?:circulars?|versions?|editions?|seasons?|patch\w*|prices?|rules?)\b",
    r"\bnew versions?\b", r"\bships? a new\b", r"\brolling schedule\b", r"\bget(?:s)? corrected\b",
)
STABLE_KNOWLEDGE = _rx(
    rf"\b(?:{KNOWLEDGE_NOUN}|knowledge|content|information)\b[^.]{{0,30}}\b(?:is|are)\s+(?:\w+\s+)?(?:stable|static|fixed|rarely (?:change|updated))\b",
    r"\brarely (?:change|changes|updated)\b", r"\bnever changes?\b",
)
NO_LATENCY = _rx(
    r"\b(?:latency|response time|speed|turnaround)\b[^.]{0,15}\b(?:does not|doesn't|do not|don't|is not|isn't)\s+(?:really\s+)?(?:matter|important|critical|a concern)",
    r"\b(?:nightly|overnight|offline|weekly|daily) batch\b", r"\bno (?:latency|real-time) (?:requirement|constraint)s?\b",
)
EVAL_SET = _rx(r"\b(?:eval(?:uation)?|test|gold|golden|benchmark|hold-?out) (?:set|data|dataset|suite)\b", r"\bbaseline\b")
PLATFORM = _rx(
    r"\b(?:azure(?: openai| ai foundry)?|vertex(?: ai)?|bedrock|openai|gemini|mistral|cohere|anthropic|claude|"
    r"together ai|together\.ai|fireworks|predibase|hugging ?face|ollama|vllm|llama\.cpp|sagemaker)\b",
)

_PEOPLE = re.compile(
    r"^(?:(?:internal|active|daily|full-time|external|new|unique|monthly|retail|registered|monthly active|daily active)\s+)?"
    r"(?:kids|children|students|pupils|learners|players|patients|subscribers|families|visitors|viewers|listeners|drivers|"
    r"farmers|citizens|residents|tenants|guests|seats|beds|branches|depots|vehicles|trucks|stores|"
    r"users?|employees?|engineers?|staff|people|persons?|customers?|doctors?|handlers?|"
    r"agents?|members?|radiologists?|analysts?|developers?|readers?|seats?|countries|products?|languages?|"
    r"stores?|shops?|teams?|clinicians?|lawyers?|paralegals?|sellers?|clients?|offices?|locations?|"
    r"skus?|figures?)\b(?!\s+(?:titles?|descriptions?|listings?|reviews?|images?|photos?|pages?|records?|messages?|"
    r"emails?|tickets?|requests?|queries|questions?|calls?|orders?|feeds?|enquir(?:y|ies)|inquir(?:y|ies)))"
    r"|^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
)
# ("3 million product titles come in" counts titles, not products; "40 customer emails" counts emails.)
_INCOMING = re.compile(r"^(?:\w+\s+){0,2}(?:articles?|stories|news items?|press releases?|posts?|bulletins?|notices?)\b")
_PUBLICATIONS = re.compile(
    r"^(?:\w+\s+){0,3}(?:articles?|stories|news items?|advisor(?:y|ies)|bulletins?|circulars?|notices?|announcements?|"
    r"patch notes?|releases?|amendments?|updates?|press releases?|posts?|alerts?)\b"
)
_DOCS = re.compile(
    r"^(?:\w+\s+){0,3}(?:documents?|docs|pages?|pdfs?|files?|articles?|guidelines?|policies|manuals?|runbooks?|reports?|"
    r"advisor(?:y|ies)|bulletins?|circulars?|notices?|announcements?|agreements?|sheets?|spreadsheets?|"
    r"wordings?|handbooks?|chapters?|sections?|wiki pages|knowledge articles|reports? in (?:our|the) archive)\b"
)
_EXAMPLE_CUE = _rx(
    r"\blabel(?:l)?ed\b", r"\bannotat\w*", r"\bcurated\b", r"\bapproved\b", r"\bexemplary\b",
    r"\bexamples?\b", r"\bpairs?\b", r"\bpaired\b", r"\bhistorical\b", r"\bpast\b", r"\bsamples?\b",
    r"\bgold\b", r"\btraining (?:data|set|examples)\b", r"\bground truth\b", r"\bin total\b",
    r"\bwith the (?:queue|label|category|answer|class)\b", r"\bq&a\b", r"\bdemonstrations?\b",
    r"\bwritten by\b|\bproduced by\b|\bwrote\b|\bhas written\b",
    r"\bby hand\b|\bmanually\b|\bhand-(?:labell?ed|checked|written)\b",
    r"\b(?:routed|tagged|coded|classified|categori[sz]ed|verified|double-checked|corrected|keyed in|graded|scored|hand-converted|converted)\b",
)
_NO_DATA = _rx(
    r"\bno (?:labell?ed |annotated |curated |training |historical |example |sample )?(?:data(?:set)?|examples|pairs|q&a|question/answer|question-answer|labels|training data)\b",
    r"\bno (?:curated |labell?ed )?(?:q&a|question/answer|question-answer) (?:pairs|data)\b",
    r"\b(?:don't|do not) have (?:any )?(?:labell?ed |training )?(?:data|examples)\b",
    r"\bno dataset\b", r"\bwithout (?:any )?(?:data|examples|labels)\b",
    r"\b(?:no|never (?:kept|saved|stored)(?: any)?) (?:archive|history|record|collection|set|copies) of\b|\bnever saved\b",
    r"\bno (?:labell?ed|curated) \w+(?:/\w+)? (?:data|pairs)\b",
    r"\b(?:pairs|examples|data) (?:exist|available)\b",
)


_DATA_NOUN = re.compile(
    r"\b(?:labell?ed |annotated |curated |training |historical |example |sample |gold )?"
    r"(?:data(?:set)?s?|examples|pairs|labels|q&a pairs|training data)\b", re.IGNORECASE)


@dataclass
class _Found:
    field: str
    value: object
    quote: str
    score: float
    note: str | None = None


class _Collector:
    def __init__(self) -> None:
        self.found: dict[str, _Found] = {}

    def add(self, field: str, value: object, quote: str, score: float = 1.0, note: str | None = None) -> None:
        old = self.found.get(field)
        if old is None or score > old.score:
            self.found[field] = _Found(field, value, quote, score, note)


def _first_cue(pattern: re.Pattern[str], text: str) -> tuple[bool, bool]:
    """(any cue present, any un-negated cue present)."""
    seen = positive = False
    for m in pattern.finditer(text):
        seen = True
        if not negated(text, m.start(), m.end()):
            return True, True
    return seen, positive


_PROMPT_PAGES = re.compile(r"instruction|prompt|system message")
_ACCURACY_WORD = re.compile(r"accura|correct|precision|f1")
_NEED_WORD = re.compile(r"\b(?:need|require|must|at least|target|minimum|goal)\b")
_PROMPT_WORD = re.compile(r"prompt|context|instruction|system")
_PUBLISH_VERB = re.compile(r"\b(?:we |they )?(?:publish|write|add|produce|release|update|edit|revis|issue|amend)\w*")
_JUNCTION = 12
"""Characters kept on each side of a junction: more than the longest word of :data:`_NEED_WORD`
plus its boundary character."""


@lru_cache(maxsize=16)
def _lower(sent: str) -> str:
    """``sent.lower()``, computed once per sentence however many numbers it holds."""
    return sent.lower()


@lru_cache(maxsize=64)
def _sentence_has(pattern: re.Pattern[str], sent: str) -> bool:
    """Whether ``pattern`` occurs in ``sent``, searched once per sentence, not once per number in it."""
    return pattern.search(sent) is not None


def _has_need(before: str, low: str) -> bool:
    """``_NEED_WORD.search(before + " " + low)`` without building that string for every number."""
    if _NEED_WORD.search(before) or _sentence_has(_NEED_WORD, low):
        return True
    left = before[-_JUNCTION:]
    joined = left + " " + low[:_JUNCTION]
    return any(m.start() < len(left) < m.end() for m in _NEED_WORD.finditer(joined))


def _classify_quantity(q: Quantity, sent: str) -> tuple[str, float] | None:
    """Decide what a number counts; returns (field, value) or None.

    Bounded work per number: windows of the sentence around it, and whole-sentence tests
    that are computed once per sentence (:func:`_sentence_has`), so a sentence of many
    numbers is read in linear time.
    """
    after = q.after
    rel = q.start
    before = sent[max(0, rel - 60) : rel].lower()
    tail = sent[rel + len(q.text) : rel + len(q.text) + 40].lower()
    if re.search(r"(?:[$€£¥]|\b(?:usd|eur|gbp|chf))\s*~?$", before) or re.match(
            r"\s*(?:k|m|bn)?\s*(?:euros?|eur|dollars?|usd|pounds?|gbp|francs?|chf|yen|rupees?|[$€£])(?:\W|$)", tail):
        return None  # money, not a count
    if re.search(r"\b(?:no|not even|every|each|one or)\s*$", before):
        return None  # "no two are alike", "every 3", "one or two"
    if re.match(r"\s*(?:-\s*)?pages?\b", tail) and _sentence_has(_PROMPT_PAGES, _lower(sent)):
        return "prompt_tokens", q.value * 500  # about 500 tokens to a page of instructions
    if q.percent:
        if _sentence_has(_ACCURACY_WORD, _lower(sent)) and _has_need(before, _lower(sent)) and not re.search(r"\b(?:tried|get|got|reached|gives?|today)\b", before):
            return "accuracy_target", q.value
        return None
    if re.match(r"s\b", tail) and q.value % 10 == 0 and 10 <= q.value <= 90 and not re.search(
            r"(?:under|within|in|below|<|less than|p\d\d|latency|response|at most|max)\W*$", before):
        return None  # "80s wool blazer": a decade, not eighty seconds
    if re.match(r"\s*(?:ms|msec|milliseconds?)\b", tail) or (
        re.match(r"\s*(?:s|secs?|seconds?)\b", tail)
        and not re.search(r"\bper\s*$|\ba\s*$", before)
    ):
        factor = 1.0 if re.match(r"\s*(?:ms|msec|milli)", tail) else 1000.0
        if q.period_days is None:
            return "latency_ms", q.value * factor
    if re.match(r"\s*(?:-\s*)?(?:prompt\s+)?tokens?\b", tail) or re.match(r"\s*-token\b", tail):
        if _sentence_has(_PROMPT_WORD, _lower(sent)):
            return "prompt_tokens", q.value
        return None
    if re.match(r"\s*(?:-\s*)?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|seasons?)\b", tail):
        return None  # a duration ("every 15 min", "two years"), not a count
    days = q.rate_days
    if days is not None:
        if _PEOPLE.match(after):
            return None
        lead = re.split(r"[.;]", before)[-1]
        if re.search(r"\b(?:updates?|changes?|revisions?|amendments?|releases?|versions?|circulars?|notices?|advisor(?:y|ies))\b\W*(?:\w+\W+){0,2}$", lead) and not re.search(r"\b(?:questions?|requests?|queries|tickets?|calls?)\b", after[:30]):
            return "knowledge_change_days", min(days, 30.4) / max(min(q.value, 50.0), 1.0)
        if _PUBLICATIONS.match(after) or (_DOCS.match(after) and _sentence_has(
                _PUBLISH_VERB, _lower(sent))):
            return "knowledge_change_days", min(days, 30.4) / max(min(q.value, 50.0), 1.0)
        if re.search(r"\bpeaks?\b", before[-20:]):
            return None
        return "monthly_volume", q.per_month or 0.0
    if _PEOPLE.match(after):
        return None
    if re.match(r"^(?:\w+\s+){0,3}(?:intents?|categories|classes|labels|queues|fields|keys|products|skus|codes|types|terms|tags)\b", after):
        return None
    if re.match(r"^(?:\w+\s+){0,3}(?:pairs|examples|demonstrations|samples)\b", after) or (
            _DOCS.match(after) and re.search(r"\b(?:pairs|labell?ed|annotated|keyed|validated|curated|routed|coded|tagged|"
                                             r"classified|categori[sz]ed|reviewed|checked|graded)\b", after)):
        return "labelled_examples", q.value
    if _DOCS.match(after):
        return "corpus_size", q.value
    if q.value >= 2 and _sentence_has(_EXAMPLE_CUE, sent):
        return "labelled_examples", q.value
    return None


_OWN_USE = re.compile(r"\b(?:we|i) (?:would )?use it\b|\btimes a\b")
"""A volume of the team's own use ("we use it 40 times a day"), searched once per sentence."""


def extract_facts(text: str, *, source: FactSource = "text") -> list[Fact]:
    """Facts stated in ``text``, each quoting the sentence it came from."""
    col = _Collector()
    sents = sentences(text)
    has_knowledge_docs = bool(KNOWLEDGE_SOURCE.search(text))
    task_scores: dict[str, float] = {}
    knowledge_candidates: list[str] = []
    cadence: list[tuple[float, str, str | None]] = []
    incoming: list[tuple[float, str, str]] = []
    task_quotes: dict[str, str] = {}

    for s in sents:
        t = s.text
        low = t.lower()

        def cue(pattern: re.Pattern[str], field: str, value: object, score: float = 1.0,
                negative: object = None, t: str = t) -> None:
            seen, positive = _first_cue(pattern, t)
            if positive:
                col.add(field, value, t, score)
            elif seen and negative is not None:
                col.add(field, negative, t, score * 0.9)

        cue(CITATION, "needs_citations", True, negative=False)
        cue(STRICT_FORMAT, "strict_format", True, negative=False)
        cue(STYLE, "consistent_style", True, negative=False)
        if STYLE_EASY.search(t):
            col.add("consistent_style", False, t, 2.0)
        if FORMAT_SOLVED.search(t):
            col.add("strict_format", False, t, 2.0)
        cue(JARGON, "domain_jargon", True)
        cue(PROMPT_SHORTFALL, "prompting_falls_short", True)
        cue(HUMAN_REVIEW, "human_review", True, negative=False)
        cue(LATEST_MODELS, "wants_latest_models", True)
        cue(EVAL_SET, "has_eval_set", True, negative=False)
        if NO_LATENCY.search(t):
            col.add("latency_ms", 3_600_000.0, t, 0.9, "no latency requirement (batch or stated)")
        cue(NO_BUDGET, "budget", "none" if re.search(r"\bno\b", low) else "limited", 1.0)
        if LOW_STAKES.search(t):
            col.add("stakes", "low", t, 0.8)
        if HIGH_STAKES.search(t):
            col.add("stakes", "high", t, 1.0)
        if ONE_OFF.search(t) and not negated(t, ONE_OFF.search(t).start()):  # type: ignore[union-attr]
            col.add("stage", "one_off", t, 1.2)
        elif PROTOTYPE.search(t):
            col.add("stage", "prototype", t, 1.0)
        elif PRODUCTION.search(t):
            col.add("stage", "production", t, 0.5)
        if TASK_STABLE.search(t):
            col.add("task_changes_often", False, t, 1.0)
        task_change = TASK_CHANGES.search(t)
        if task_change and not negated(t, task_change.start()):
            col.add("task_changes_often", True, t, 1.1)
        m = PLATFORM.search(t)
        if m and re.search(r"\b(?:use|on|with|run|deploy|host|tried|via|through|platform|account)\w*\b", low):
            col.add("platform", m.group(0), t, 0.5)

        # Knowledge: where the answers' facts live and how fast they change.
        if KNOWLEDGE_SMALL.search(t):
            col.add("needs_external_knowledge", False, t, 1.5)
        elif KNOWLEDGE_SOURCE.search(t):
            reliance = RELIANCE.search(t)
            if reliance and not negated(t, reliance.start(), across_commas=True):
                col.add("needs_external_knowledge", True, t, 1.2)
            else:
                knowledge_candidates.append(t)
        if STABLE_KNOWLEDGE.search(t):
            col.add("knowledge_change_days", 3650.0, t, 0.8, "described as stable")
        for change in CHANGE_VERB.finditer(t):
            if task_change or negated(t, change.start()):
                continue
            days = parse_period(t[change.start(): change.end() + 70])
            knowledge_subject = re.search(rf"\b(?:{KNOWLEDGE_NOUN}|knowledge|them|it|these|they|content|stories|data|entries|records|notifications|index)\b",
                                          low[max(0, change.start() - 60): change.end() + 40])
            output_subject = re.search(r"\b(?:we|i)\s+(?:refresh|regenerate|rewrite)\w*\s+(?:all\s+)?(?:the\s+|our\s+)?(?:descriptions|outputs|copy|answers|replies)", low)
            if days is not None and knowledge_subject and not output_subject and (has_knowledge_docs or "knowledge" in low):
                col.add("knowledge_change_days", round(days, 3), t, 1.0)
                break

        # Labelled data stated as absent.
        for m in _DATA_NOUN.finditer(t):
            if negated(t, m.start(), across_commas=True):
                col.add("labelled_examples", 0, t, 0.9, "stated as none")
        nd = _NO_DATA.search(t)
        if nd and (negated(t, nd.start() + 1) or re.search(r"\bno\b|\bwithout\b", nd.group(0).lower())
                   or re.search(r"\bno\b[^.]{0,20}$", t[: nd.start()].lower())):
            col.add("labelled_examples", 0, t, 0.9, "stated as none")

        # Numbers.
        for q in find_quantities(t):
            kind = _classify_quantity(q, t)
            if kind is None:
                continue
            field, amount = kind
            score = 1.5 if field in {"monthly_volume", "labelled_examples"} and not q.vague else 1.0
            if field == "monthly_volume" and _sentence_has(_OWN_USE, low):
                score = 1.2
            note = f'"{q.text}" read as {amount:,.0f}' if amount >= 1 else None
            if field == "knowledge_change_days":
                cadence.append((amount, t, note))
                if q.per_month and _INCOMING.match(q.after):
                    incoming.append((q.per_month, t, f'"{q.text}" read as {q.per_month:,.0f} a month'))
                continue
            col.add(field, round(amount) if field == "labelled_examples" else amount, t, score + q.value / 1e12, note)

        # Task kind: vote by cue counts; earlier sentences (the headline) weigh more.
        weight = 1.5 if s is sents[0] else 1.0
        for task, pattern in (("classification", CLASSIFY_TASK), ("extraction", EXTRACT_TASK),
                              ("question_answering", QA_TASK), ("generation", GENERATE_TASK),
                              ("transformation", TRANSFORM_TASK), ("research", RESEARCH_TASK)):
            hits = len(pattern.findall(t))
            if hits:
                task_scores[task] = task_scores.get(task, 0.0) + weight * hits
                task_quotes.setdefault(task, t)
    if task_scores:
        best = max(task_scores, key=lambda k: task_scores[k])
        col.add("task_kind", best, task_quotes[best], task_scores[best])
        if best in {"question_answering", "research"} and knowledge_candidates:
            col.add("needs_external_knowledge", True, knowledge_candidates[0], 1.0)
    # How often new documents appear matters only when the answers depend on them.
    knowledge = col.found.get("needs_external_knowledge")
    if cadence and ((knowledge is not None and knowledge.value is True)
                    or (task_scores and max(task_scores, key=lambda k: task_scores[k]) in {"question_answering", "research"})):
        days, quote, note = min(cadence)
        col.add("knowledge_change_days", days, quote, 0.9, note)
    elif incoming and "monthly_volume" not in col.found:
        # Without a knowledge need, "30 press releases a day" are the inputs the task works through.
        volume, quote, note = incoming[0]
        col.add("monthly_volume", volume, quote, 0.8, note)
    if "needs_citations" in col.found and col.found["needs_citations"].value and "needs_external_knowledge" not in col.found:
        f = col.found["needs_citations"]
        if has_knowledge_docs:
            col.add("needs_external_knowledge", True, f.quote, 0.5)
    if "human_review" in col.found and col.found["human_review"].value and "stakes" not in col.found:
        col.add("stakes", "low", col.found["human_review"].quote, 0.5)

    facts = []
    for f in col.found.values():
        spec = FACT_FIELDS[f.field]
        value: object = f.value
        if spec.kind == "number":
            number = float(value)  # type: ignore[arg-type]
            value = int(number) if f.field == "labelled_examples" else number
        facts.append(Fact(field=f.field, value=value, source=source, quote=f.quote, note=f.note))
    return sorted(facts, key=lambda f: list(FACT_FIELDS).index(f.field))


_YES = re.compile(r"^\s*(?:yes|yeah|yep|sure|correct|right|true|absolutely|definitely|indeed|it does|they do|we do|we have|must)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|nope|not really|false|never|none|neither|it doesn't|they don't|we don't|not at all|nothing)\b", re.IGNORECASE)
_CHOICE_WORDS: dict[str, dict[str, str]] = {
    "stakes": {"high": r"\bhigh\b|\bcritical\b|\bexpensive\b|\bcostly\b|\bharm|\bdirectly\b|\bcustomers\b",
               "low": r"\blow\b|\bcheap\b|\bnot much\b|\bminor\b|\bcaught\b|\bperson checks\b|\breview",
               "medium": r"\bmedium\b|\bmoderate\b|\bsome\b"},
    "stage": {"one_off": r"\bone[- ]off\b|\bonce\b|\bone[- ]time\b", "prototype": r"\bprototyp|\bexplor|\bexperiment|\bpilot",
              "production": r"\bproduction\b|\bmonths\b|\blive\b|\bongoing\b"},
    "budget": {"none": r"\bno budget\b|\bnone\b|\bnothing\b|\bno\b", "limited": r"\blimited\b|\bsmall\b|\btight\b|\bsome\b",
               "available": r"\byes\b|\bavailable\b|\bplenty\b|\bfunded\b|\bthere is\b"},
    "task_kind": {"classification": r"\bclassif|\blabel|\bcategor|\broute|\bintent", "extraction": r"\bextract|\bfields?\b",
                  "question_answering": r"\banswer|\bquestion", "generation": r"\bgenerat|\bwrit|\bdraft",
                  "transformation": r"\btransform|\bconvert|\bnormali", "research": r"\bresearch"},
}


def interpret_answer(text: str, focus: str | None) -> list[Fact]:
    """Facts in an interview answer; ``focus`` is the field the question asked about.

    The answer is read like any text (so it may settle several facts at once), and a
    bare "yes", "no", number or choice word is applied to the asked field.
    """
    facts = {f.field: f for f in extract_facts(text, source="answer")}
    quote = text.strip()
    if focus and focus not in facts and quote:
        spec = FACT_FIELDS[focus]
        value: object = None
        if spec.kind == "bool":
            if _NO.search(quote):
                value = False
            elif _YES.search(quote):
                value = True
        elif spec.kind == "number":
            qs = find_quantities(quote)
            if qs:
                q = qs[0]
                value = q.per_month if focus == "monthly_volume" and q.per_month else q.value
                if focus == "knowledge_change_days":
                    value = parse_period(quote) or q.value
                elif focus == "latency_ms" and re.search(r"\bs(?:ec(?:ond)?s?)?\b", quote.lower()) and "ms" not in quote.lower():
                    value = q.value * 1000
            elif focus == "knowledge_change_days":
                value = parse_period(quote) or (3650.0 if re.search(r"\b(?:rarely|never|stable|static)\b", quote.lower()) else None)
            elif focus in {"labelled_examples", "corpus_size"} and _NO.search(quote):
                value = 0
            elif focus == "latency_ms" and _NO.search(quote):
                value = 60_000.0
        elif spec.kind == "choice":
            for choice, pattern in _CHOICE_WORDS.get(focus, {}).items():
                if re.search(pattern, quote, re.IGNORECASE):
                    value = choice
                    break
            if value is None:
                value = next((c for c in spec.choices if c.replace("_", " ") in quote.lower()), None)
        elif spec.kind == "text":
            value = quote[:80]
        if value is not None:
            if spec.kind == "number":
                value = int(value) if focus == "labelled_examples" else float(value)  # type: ignore[call-overload,arg-type]
            facts[focus] = Fact(field=focus, value=value, source="answer", quote=quote[:300])
    return list(facts.values())

