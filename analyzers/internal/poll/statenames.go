package poll

import (
	"go/constant"
	"go/types"
)

// ---- states a bank names in its own language -------------------------------------
//
// A group of status constants (siblings.go) tells what the states are
// by their values: CANCELLED beside OUTGOING_PAYMENT_SENT. A bank or a
// local gateway answers in its own language (EN_PROCESO, LIQUIDADA,
// RECHAZADA, DEVUELTA), which the shared vocabulary does not read, while
// the client's author names the constants in the code's (StatusPending,
// StatusBooked, StatusRejected, StatusReturned). When a value names no
// state of the vocabulary, its constant's name says which state it is; a
// value that does name one speaks for itself (a constant StatusRejected
// = "approved" is judged by "approved").

// namedFailure: o's value names no state of the vocabulary and o's
// name names a failed one.
func namedFailure(o *types.Const) bool {
	return unworded(o) && failure.match(o.Name())
}

// namedPending: c's value names no state of the vocabulary and c's
// name names a pending one (StatusPending = "EN_PROCESO"): leaving on it
// is no final state.
func namedPending(c *types.Const) bool {
	return unworded(c) && matchAny(c.Name(), pendingWords)
}

// unworded: c is a string constant whose value holds no word of the
// shared vocabulary of states.
func unworded(c *types.Const) bool {
	if c.Val().Kind() != constant.String {
		return false
	}
	v := constant.StringVal(c.Val())
	return v != "" && !matchAny(v, failureWords) && !matchAny(v, successWords) && !matchAny(v, pendingWords)
}
