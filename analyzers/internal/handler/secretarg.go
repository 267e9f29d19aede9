package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a fail-open verifier handed a secret that is never empty ----------------------
//
// paddlesig.Verify(secret, header, body) returns nil when secret is "":
// its VerifierFact says FailOpen, and Secret names that parameter. Every
// caller is fail-open unless the value it hands there cannot be empty: a
// field of this package set only from a value refused when empty (the
// constructor exits on an unset variable; secretset.go). A field set
// from an unchecked parameter of an exported constructor, a zero
// literal, a value another package hands in: still fail-open.

// emptySecretParam is the 1-based index of the parameter of fn whose
// emptiness check leads straight to a success return (nil error, true),
// 0 if none: the secret a fail-open verifier skips its check without.
func emptySecretParam(fn *ssa.Function) int {
	for _, i := range ifs(fn) {
		nonEmpty, found := emptyCheck(i)
		if !found {
			continue
		}
		empty := succ(i, 0)
		if empty.to == nonEmpty.to {
			empty = succ(i, 1)
		}
		for n, p := range fn.Params {
			if testsValue(i, p) && successReturnOn(fn, empty) {
				return n + 1
			}
		}
	}
	return 0
}

// successReturnOn: the edge e leads to a return of success (a nil last
// result, or true) that it dominates.
func successReturnOn(fn *ssa.Function, e edge) bool {
	for _, r := range returns(fn) {
		if len(r.Results) == 0 || !e.dominates(r.Block()) {
			continue
		}
		last := r.Results[len(r.Results)-1]
		if b, ok := constBool(last); isNil(last) || ok && b {
			return true
		}
	}
	return false
}

// secretSet: c calls a fail-open verifier whose fact names its secret
// parameter, and c hands it a field proven never empty.
func (m *Model) secretSet(c *ssa.CallCommon) bool {
	if c.IsInvoke() {
		return false
	}
	f := m.verifierFact(calleeObj(c))
	if f == nil || f.Secret <= 0 || f.Secret > len(c.Args) {
		return false
	}
	return m.valueNeverEmpty(c.Args[f.Secret-1])
}

// valueNeverEmpty: v is a read of a field of this package's struct that
// is only ever set to a value proven non-empty ([]byte(h.secret) too).
func (m *Model) valueNeverEmpty(v ssa.Value) bool {
	switch x := strip(v).(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			fld, st := fieldOf(fa.X.Type(), fa.Field)
			return m.fieldNeverEmpty(fld, st)
		}
	case *ssa.Field:
		fld, st := fieldOf(x.X.Type(), x.Field)
		return m.fieldNeverEmpty(fld, st)
	}
	return false
}
