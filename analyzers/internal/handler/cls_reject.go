package handler

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- middleware that rejects as unauthorized --------------------------------
//
// A middleware that answers 401 or 403 and does not call next when a
// check fails authenticates the request in some way (HTTP Basic against a
// user store, an allow list, a token service). When paylint cannot judge
// the check, the routes behind it are of unknown verification: the rule
// stays silent rather than claim they are unverified. A rejection with
// another status (405 for a wrong method, 400 for a bad body) or a
// presence check of a value is no authentication.

// rejectsUnauthorized reports whether b (where next is called) is behind
// an If of f whose other branch cannot reach b and answers 401 or 403.
func (m *Model) rejectsUnauthorized(f *ssa.Function, b *ssa.BasicBlock) bool {
	for _, i := range ifs(f) {
		if _, empty := emptyCheck(i); empty {
			continue // present or not: nothing checked
		}
		for n := 0; n < 2; n++ {
			s := succ(i, n).to
			if !reaches(s, b) && reaches(i.Block(), b) && answersUnauthorized(s) {
				return true
			}
		}
	}
	return false
}

// answersUnauthorized: a block reached from b (within a few steps) hands
// 401 or 403 to a call, or returns an Unauthorized/Forbidden error value.
func answersUnauthorized(b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	var walk func(x *ssa.BasicBlock, d int) bool
	walk = func(x *ssa.BasicBlock, d int) bool {
		if x == nil || d > 3 || seen[x] {
			return false
		}
		seen[x] = true
		for _, in := range x.Instrs {
			if unauthorizedInstr(in) {
				return true
			}
		}
		for _, s := range x.Succs {
			if walk(s, d+1) {
				return true
			}
		}
		return false
	}
	return walk(b, 0)
}

func unauthorizedInstr(in ssa.Instruction) bool {
	var ops []*ssa.Value
	for _, op := range in.Operands(ops) {
		if op == nil || *op == nil {
			continue
		}
		switch v := (*op).(type) {
		case *ssa.Const:
			if _, isCall := in.(ssa.CallInstruction); isCall {
				if n, ok := constInt(v); ok && (n == 401 || n == 403) {
					return true
				}
			}
		case *ssa.Global:
			n := strings.ToLower(v.Name())
			if strings.HasPrefix(n, "err") && (strings.Contains(n, "unauthorized") || strings.Contains(n, "forbidden")) {
				return true
			}
		}
	}
	return false
}
