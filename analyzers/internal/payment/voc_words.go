package payment

import (
	"strings"
	"unicode"
)

// ---- words of a path segment ---------------------------------------------------
//
// Many payment APIs name their endpoints with run-together words:
// WeChat Pay v2's "/pay/orderquery", "/pay/refundquery", "/pay/closeorder",
// "/pay/unifiedorder", "/pay/micropay"; others write "queryOrder" or
// "order-query". Every call is a POST there, so what the endpoint does is
// in its words: a query reads, a close ends an unpaid order. A segment is
// split on separators, at camelCase boundaries, and a run-together
// lower-case word only when it is made whole of known words (else it is
// kept as one word, and means what it meant before).

// segVocab are the words a run-together segment may be made of: payment
// nouns and the verbs and qualifiers payment APIs put next to them.
var segVocab = map[string]bool{
	"order": true, "orders": true, "trade": true, "refund": true, "refunds": true,
	"payment": true, "pay": true, "transfer": true, "transaction": true, "bill": true,
	"charge": true, "invoice": true, "settlement": true, "payout": true, "fund": true,
	"status": true, "state": true, "info": true, "detail": true, "details": true,
	"query": true, "close": true, "cancel": true, "get": true, "download": true,
	"unified": true, "micro": true, "reverse": true, "revoke": true, "batch": true,
	"create": true, "search": true, "list": true, "fetch": true, "lookup": true,
}

// compoundReads are the read verbs of a multi-word segment, beyond
// readSegs ("getTransferInfo", "downloadbill").
var compoundReads = map[string]bool{"get": true, "fetch": true, "download": true}

// segWords returns the lower-case words of one path segment.
func segWords(lit string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(splitCamel(lit), func(r rune) bool {
		return r == '-' || r == '_' || r == '.' || r == ' '
	}) {
		part = strings.ToLower(part)
		if ws := splitRun(part, 3); ws != nil {
			out = append(out, ws...)
		} else {
			out = append(out, part)
		}
	}
	return out
}

// splitCamel puts a space before each upper-case letter that follows a
// lower-case one ("queryOrder" → "query Order").
func splitCamel(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// splitRun splits s wholly into at least two (at most max) vocabulary
// words, preferring the longest first word; nil when it cannot.
func splitRun(s string, max int) []string {
	if max < 2 {
		return nil
	}
	for i := len(s) - 1; i > 0; i-- {
		head, tail := s[:i], s[i:]
		if !segVocab[head] {
			continue
		}
		if segVocab[tail] {
			return []string{head, tail}
		}
		if rest := splitRun(tail, max-1); rest != nil {
			return append([]string{head}, rest...)
		}
	}
	return nil
}

// readsSeg: a literal segment that only reads: a read word alone
// ("search"), or a read verb among several words ("orderquery",
// "refund-query", "getTransferInfo").
func readsSeg(lit string) bool {
	ws := segWords(lit)
	if len(ws) == 1 {
		return readSegs[ws[0]]
	}
	for _, w := range ws {
		if readSegs[w] || compoundReads[w] {
			return true
		}
	}
	return false
}

// closesSeg: a segment that closes an unpaid order or payment
// ("closeorder", "/orders/{id}/close"): no money moves, and closing
// twice closes once.
func closesSeg(lit string) bool {
	for _, w := range segWords(lit) {
		if w == "close" {
			return true
		}
	}
	return false
}

// queriesSeg: a segment that names a read action, alone ("query") or
// among several words ("orderquery", "queryOrder").
func queriesSeg(lit string) bool {
	ws := segWords(lit)
	if len(ws) == 1 {
		return readActions[ws[0]]
	}
	for _, w := range ws {
		if readActions[w] || w == "query" {
			return true
		}
	}
	return false
}
