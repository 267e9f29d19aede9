package handler

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- paid checks the model does not understand --------------------------------
//
// A function named as a paid check (IsPaid, EnsurePaid…) whose body the
// model reads but does not recognise as one may still test the payment
// in its own way: o.PaidAt != nil, a loop over a list of paid states, an
// integer status enum. Its name then decides, as for code paylint cannot
// see into: an unrecognised check keeps the rules silent. A body that
// tests no value at all, only its errors (EnsurePaid returning the
// lookup's error), is no check whatever its name; nor is one that
// compares a status with states the model knows (paid or pending): the
// model read it and found it no paid check.

// opaquePaidCheck returns the by-name paid check of fn when its body
// tests something other than errors; nil otherwise.
func opaquePaidCheck(obj *types.Func, fn *ssa.Function) *PaidCheckFact {
	if obj == nil || fn == nil || !paidName(obj.Name()) || !testsValues(fn) || comparesKnownState(fn) {
		return nil
	}
	sig, _ := obj.Type().(*types.Signature)
	return paidByName(sig)
}

// paidByName is the paid check a function's name and signature promise:
// its error, or its bool, is the verdict.
func paidByName(sig *types.Signature) *PaidCheckFact {
	switch kindOfSig(sig) {
	case errResult:
		return &PaidCheckFact{}
	case boolResult:
		return &PaidCheckFact{Bool: true}
	}
	return nil
}

// testsValues: fn (or a closure in it) branches on, or returns, a bool
// that is not a test of an error against nil.
func testsValues(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				switch x := in.(type) {
				case *ssa.If:
					if !errNilTest(x.Cond) {
						return true
					}
				case *ssa.Return:
					for _, r := range x.Results {
						if _, isConst := constBool(r); isBoolType(r.Type()) && !isConst {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// errNilTest: v is err == nil or err != nil.
func errNilTest(v ssa.Value) bool {
	b, ok := v.(*ssa.BinOp)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	return isErrorType(b.X.Type()) || isErrorType(b.Y.Type())
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// comparesKnownState: fn compares a value with a constant naming a payment
// state (paid, succeeded, open, pending, failed…).
func comparesKnownState(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if x, ok := in.(*ssa.BinOp); ok && (x.Op == token.EQL || x.Op == token.NEQ) {
					if stateConst(x.X) || stateConst(x.Y) {
						return true
					}
				}
			}
		}
	}
	return false
}

func stateConst(v ssa.Value) bool {
	s, ok := constStr(v)
	if !ok {
		return false
	}
	if payment.IsSuccessStatus(s) {
		return true
	}
	low := strings.ToLower(s)
	for _, stems := range [][]string{payment.SuccessStems, payment.FailureStems, payment.PendingStems, {"open"}} {
		for _, st := range stems {
			if strings.Contains(low, st) {
				return true
			}
		}
	}
	return false
}
