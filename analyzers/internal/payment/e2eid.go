package payment

import (
	"slices"
	"strings"
)

// A payment scheme's end-to-end id (ISO 20022 EndToEndId, the instant
// payment schemes' X-End-To-End-Id header) identifies one instruction
// across both banks: the scheme keeps the first charge made for an id
// and answers it again for a repeat, so, made once by the caller, it
// keys the write as an idempotency key does. The name only adds
// confidence to the i18 pass (refvalue.go): the value must still be
// the caller's, made once outside the retry (stable), so an id made
// anew per attempt or numbered by the attempt keeps its report.

// endToEnd: the words of a name (nameWords) say end-to-end (end, to,
// end in a row) or e2e, which nameWords may split after its digit
// (E2EID: e2, eid).
func endToEnd(ws []string) bool {
	if strings.Contains(strings.Join(ws, " "), "e2e") || strings.Contains(strings.Join(ws, ""), "e2e") && slices.Contains(ws, "e2") {
		return true
	}
	for i, w := range ws {
		if w == "end" && i+2 < len(ws) && ws[i+1] == "to" && ws[i+2] == "end" {
			return true
		}
	}
	return false
}
