package handler

import (
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- the error beside a compare-and-set's answer guards nothing --------------------
//
// A compare-and-set answers a repeat in its rows affected, not in its
// error:
//
//	first, err := h.orders.MarkPaid(ctx, id) // UPDATE … WHERE status = 'pending'; n == 1
//	if err != nil { return 500 }             // a repeat answers (false, nil): it passes
//	h.earnings.Record(ctx, id)               // booked again on every delivery
//	if first { mail… }
//
// The nil test of its error is taken from the same call as the answer,
// so it was counted as a guard of what follows. It is none: a lost race
// or a second delivery answers (false, nil) and goes on. The same holds
// for an Exec of an upsert (ON CONFLICT DO NOTHING, INSERT IGNORE) or of
// an UPDATE whose WHERE tests a status: a repeat changes no row and errs
// not. The error stays a guard where it is the answer: a unique insert
// failing on a repeat, QueryRow(…).Scan answering sql.ErrNoRows for an
// upsert RETURNING nothing, a helper returning its own ErrRepeat (it
// answers no bool or count beside it).

// answerBeside: cond is the nil test of an error handed back beside a
// guard's bool or count answer, or by an Exec whose answer is the rows it
// changed; not a guard.
func (m *Model) answerBeside(cond ssa.Value, gt map[ssa.Value]bool) bool {
	if !errNilTest(cond) {
		return false
	}
	b := cond.(*ssa.BinOp)
	errV := b.X
	if c, ok := errV.(*ssa.Const); ok && c.IsNil() {
		errV = b.Y
	} else if c, ok := b.Y.(*ssa.Const); !ok || !c.IsNil() {
		return false
	}
	ex, ok := errV.(*ssa.Extract)
	if !ok {
		return false
	}
	call, ok := ex.Tuple.(*ssa.Call)
	if !ok || !gt[call] {
		return false
	}
	res := call.Call.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if i != ex.Index && boolOrInt(res.At(i).Type()) {
			return true // first, err := MarkPaid(…): the answer is first
		}
	}
	return rowsAnswer(call)
}

// rowsAnswer: call is an Exec of an upsert or of a compare-and-set
// UPDATE: a repeat changes no row and returns no error.
func rowsAnswer(call *ssa.Call) bool {
	o := calleeObj(call.Common())
	if o == nil {
		return false
	}
	switch o.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext", "NamedExec", "NamedExecContext":
	default:
		return false
	}
	for _, a := range call.Call.Args {
		s, ok := constStr(a)
		if !ok || !sqlVerb.MatchString(s) {
			continue
		}
		return sqlIdemInsrt.MatchString(s) || updateVerb.MatchString(s) && casSQL.MatchString(s)
	}
	return false
}

var updateVerb = lazyre.New(`(?is)^\s*update\b`)
