package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// verifierResult reports whether v is the verdict of a verifier call: the
// error (last result) of an error verifier, the bool or int of the others.
func (m *Model) verifierResult(v ssa.Value, fn *ssa.Function) (*ssa.Call, verifier, bool) {
	v = strip(v)
	var call *ssa.Call
	idx := -1
	switch x := v.(type) {
	case *ssa.Extract:
		call, _ = x.Tuple.(*ssa.Call)
		idx = x.Index
	case *ssa.Call:
		call = x
	}
	if call == nil {
		return nil, verifier{}, false
	}
	vf, ok := m.verifierOf(call.Common(), fn)
	if !ok {
		return nil, verifier{}, false
	}
	if tup, ok := call.Type().(*types.Tuple); ok {
		if splitVerdict(vf, tup) {
			vf, ok := sdkResult(call, idx, vf, tup)
			return call, vf, ok
		}
		if idx != tup.Len()-1 {
			return nil, verifier{}, false
		}
	} else if idx != -1 {
		return nil, verifier{}, false
	}
	return call, vf, true
}

// verdict classifies an If: the edge taken when a verifier said the
// signature is valid. failOpen is set when the checked error may also be
// nil because verification was skipped (a phi of nil and a verdict).
func (m *Model) verdict(i *ssa.If) (ok edge, fail edge, found, failOpen bool, vf verifier) {
	fn := i.Parent()
	cond := i.Cond
	yes := func(n int) (edge, edge, bool, bool, verifier) {
		return succ(i, n), succ(i, 1-n), true, false, vf
	}
	if ok, fail, found, v := m.sdkFieldVerdict(i); found {
		return ok, fail, true, false, v
	}
	if ok, fail, v, found := m.mixedVerdict(i); found { // the verifier's error or another's (devswitch.go)
		return ok, fail, true, false, v
	}
	if _, v, isV := m.verifierResult(cond, fn); isV && v.kind == boolResult {
		vf = v
		return yes(0)
	}
	b, isBin := cond.(*ssa.BinOp)
	if !isBin || (b.Op != token.EQL && b.Op != token.NEQ) {
		return edge{}, edge{}, false, false, vf
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		x, y := pair[0], pair[1]
		eq := 0
		if b.Op == token.NEQ {
			eq = 1
		}
		if _, v, isV := m.verifierResult(x, fn); isV {
			vf = v
			switch v.kind {
			case errResult:
				if isNil(y) {
					return yes(eq) // err == nil: success on the "equal" edge
				}
			case boolResult:
				if bv, ok := constBool(y); ok {
					if bv {
						return yes(eq)
					}
					return yes(1 - eq)
				}
			case intResult:
				if n, ok := constInt(y); ok {
					if n == 1 {
						return yes(eq)
					}
					if n == 0 {
						return yes(1 - eq)
					}
				}
			}
		}
		if phi, isPhi := strip(x).(*ssa.Phi); isPhi && isNil(y) {
			hasNil, hasV := false, false
			for _, e := range phi.Edges {
				if isNil(e) {
					hasNil = true
				} else if _, v, isV := m.verifierResult(e, fn); isV && v.kind == errResult {
					hasV = true
				}
			}
			if hasNil && hasV {
				return edge{}, edge{}, false, true, vf
			}
		}
	}
	return edge{}, edge{}, false, false, vf
}
