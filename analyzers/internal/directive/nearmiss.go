package directive

import (
	"go/ast"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/suggest"
)

// nearMiss is a comment that was meant as a paylint directive but is not
// one, so it silently does nothing: // paylint:ignore (a space after //),
// //paylint: ignore, //paylint-ignore, //PAYLINT:IGNORE, //paylint:ignored,
// //paylint:nolint, //paylint:ignore:idempotency, // paylint:verifier…
type nearMiss struct {
	text  string   // what was written, up to the end of the directive word
	why   string   // what makes it no directive
	fix   string   // what to write instead
	names []string // the analyzers an ignore near-miss names, if any
}

// The directives a near miss may have meant, with what to write instead.
var meant = []struct{ word, fix string }{
	{"ignore", "//paylint:ignore <analyzer> <reason>"},
	{Fulfillment, "//paylint:" + Fulfillment + " in the doc comment of the function that grants what was paid for"},
	{Verifier, "//paylint:" + Verifier + " in the doc comment of the function that verifies the signature"},
}

// ignoreAliases are other linters' words for ignore, which paylint does not
// take.
var ignoreAliases = []string{"nolint", "disable", "suppress", "skip"}

// parseNearMiss returns the near miss a comment is, or nil when it is a
// directive or plainly not meant as one. It asks for "paylint", a colon
// (or - _ .) and a word that is, or nearly is, a directive's word: prose such
// as "// paylint ignores this" or "// paylint: expect pollbound" stays out.
func parseNearMiss(c *ast.Comment) *nearMiss {
	body, ok := strings.CutPrefix(c.Text, "//")
	if !ok {
		return nil
	}
	// Nearly every comment is prose: past the blanks, what does not begin
	// with p or P cannot begin "paylint" in any case (the test below),
	// and is let go before the trimming and folding. Every analyzer asks
	// this of every comment of the package (CheckIgnores).
	i := 0
	for i < len(body) && (body[i] == ' ' || body[i] == '\t') {
		i++
	}
	if i == len(body) || body[i]|0x20 != 'p' {
		return nil
	}
	t := strings.TrimLeft(body, " \t")
	spaced := len(t) < len(body)
	if len(t) < len("paylint") || !strings.EqualFold(t[:len("paylint")], "paylint") {
		return nil
	}
	prefix := t[:len("paylint")]
	after := t[len("paylint"):]
	rest := strings.TrimLeft(after, " \t")
	spaceBefore := len(rest) < len(after)
	// Spaced prose ("// paylint-verified handler") is not taken for a
	// directive; "// paylint:ignore" is the common typo.
	if rest == "" || !strings.ContainsRune(":-_.", rune(rest[0])) || spaced && rest[0] != ':' {
		return nil
	}
	sep := rest[0]
	rest = rest[1:]
	word := strings.TrimLeft(rest, " \t")
	spaceAfter := len(word) < len(rest)
	n := 0
	for n < len(word) && isWordByte(word[n]) {
		n++
	}
	word, trailer := word[:n], word[n:]
	canon, fix := meantWord(word)
	if canon == "" {
		return nil
	}
	glued := trailer != "" && trailer[0] != ' ' && trailer[0] != '\t'
	if lw := strings.ToLower(word); len(lw) > len(canon) && strings.HasPrefix(lw, canon) && !isLetter(lw[len(canon)]) {
		// ignore-next-line, ignore_all: something glued after the word.
		word, trailer, glued = word[:len(canon)], word[len(canon):]+trailer, true
	}
	var why string
	switch {
	case spaced:
		why = "no space after //"
	case prefix != "paylint" || (word != canon && strings.EqualFold(word, canon)):
		why = "directives are lower case"
	case sep != ':':
		why = "the separator is a colon"
	case spaceBefore || spaceAfter:
		why = "no space around the colon"
	case word != canon:
		why = "the directive is " + canon
	case glued:
		why = "a space after " + canon
	default:
		return nil // the directive itself
	}
	// Quote up to the end of the word and of anything glued to it.
	glue := len(trailer)
	if i := strings.IndexAny(trailer, " \t"); i >= 0 {
		glue = i
	}
	nm := &nearMiss{text: c.Text[:len(c.Text)-len(trailer)+glue], why: why, fix: fix}
	if canon == "ignore" {
		nm.names = ignoreNames(trailer)
	}
	return nm
}

// meantWord returns the directive word that word is, or nearly is, with
// what to write; "" when word is not close to any.
func meantWord(word string) (canon, fix string) {
	lw := strings.ToLower(word)
	if lw == "" {
		return "", ""
	}
	for _, a := range ignoreAliases {
		if lw == a {
			return meant[0].word, meant[0].fix
		}
	}
	for _, m := range meant {
		if strings.HasPrefix(lw, m.word[:min(len(m.word), 5)]) {
			return m.word, m.fix
		}
		if _, ok := suggest.Nearest(lw, []string{m.word}); ok {
			return m.word, m.fix
		}
	}
	return "", ""
}

// ignoreNames returns the known analyzers named after an ignore near miss
// (the first field, comma separated), which then owns the report.
func ignoreNames(trailer string) []string {
	if i := strings.Index(trailer, "//"); i >= 0 {
		trailer = trailer[:i]
	}
	fields := strings.Fields(strings.TrimLeft(trailer, ":=,"))
	if len(fields) == 0 {
		return nil
	}
	var out []string
	for _, a := range strings.Split(fields[0], ",") {
		if known(a) {
			out = append(out, a)
		}
	}
	return out
}

// owner is the analyzer that reports the near miss: the first analyzer it
// names, else the first of the registry.
func (nm *nearMiss) owner() string {
	if len(nm.names) > 0 {
		return nm.names[0]
	}
	return registry[0]
}

func (nm *nearMiss) message() string {
	return nm.text + " is not a directive (" + nm.why + "): write " + nm.fix
}

func isWordByte(b byte) bool {
	return b == '-' || b == '_' || '0' <= b && b <= '9' || isLetter(b)
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
