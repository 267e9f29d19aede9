package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a sandbox switch whose "off" side rejects ------------------------------
//
// Alipay and WeChat Pay integrations carry the provider's sandbox switch
// in their configuration, and some let the sandbox through without a
// check where production refuses:
//
//	if key != "" { verify } else if !cfg.IsSandbox { return errNoKey }
//	n, err := parse(r); if err != nil { if cfg.IsSandbox { markPaid(q); return }; return err }
//
// With the switch off (its zero value) the request is rejected outright;
// only a deployment that explicitly turns it on goes on unverified. That
// is no fail-open on an empty secret (production fails closed) and no
// check skipped on the shared path: the switch's "on" edge counts as
// guarded by the check it skips, as deadEmptyEdges counts a secret that
// is never empty. What makes it a sandbox switch:
//   - a bool read from a struct field or a package variable
//     (configuration, never the request), maybe negated;
//   - its "off" side reaches no verifier and no block the "on" side
//     reaches (a return, a rejection): an "off" side that verifies and
//     carries on into the same processing (if !h.sandbox { verify }) is
//     the shape-4 skip, still Skipped (deadflag.go);
//   - its "on" side reaches no verifier: the switch is the bypass itself,
//     not a feature switch in front of the check (if !cfg.Enabled {
//     return }; verify);
//   - its name says sandbox, test or development (names add confidence:
//     a switch named otherwise stays judged as before).

// sandboxWords name a switch to the provider's sandbox or a development mode.
var sandboxWords = []string{"sandbox", "test", "testing", "testmode", "dev", "development", "debug", "mock", "demo"}

// sandboxGateEdges are the "on" edges of fn's sandbox switches whose
// "off" side rejects.
func (m *Model) sandboxGateEdges(fn *ssa.Function) []edge {
	var verifying map[*ssa.BasicBlock]bool
	var out []edge
	for _, j := range ifs(fn) {
		on, off, name, ok := configSwitch(j)
		if !ok || hasWord(sharedWords(name), sandboxWords...) == "" {
			continue
		}
		if verifying == nil {
			verifying = map[*ssa.BasicBlock]bool{}
			for vc := range m.verifierCalls(fn) {
				if vc.In == fn {
					verifying[vc.Block] = true
				}
			}
		}
		if reachesAny(on.to, verifying) || reachesAny(off.to, verifying) || !disjointReach(off.to, on.to) {
			continue
		}
		out = append(out, on)
	}
	return out
}

// reachesAny: a block of set is reached from a.
func reachesAny(a *ssa.BasicBlock, set map[*ssa.BasicBlock]bool) bool {
	for b := range set {
		if reaches(a, b) {
			return true
		}
	}
	return false
}

// configSwitch: j tests a bool read from a struct field or a package
// variable, maybe negated; on is the edge taken when it is true.
func configSwitch(j *ssa.If) (on, off edge, name string, ok bool) {
	cond, neg := j.Cond, false
	if u, isNot := cond.(*ssa.UnOp); isNot && u.Op == token.NOT {
		cond, neg = u.X, true
	}
	if fld, _ := boolFieldRead(cond); fld != nil {
		name = fld.Name()
	} else if g := globalBool(cond); g != nil {
		name = g.Name()
	} else {
		return edge{}, edge{}, "", false
	}
	on, off = succ(j, 0), succ(j, 1)
	if neg {
		on, off = off, on
	}
	return on, off, name, true
}

// globalBool: v loads a package-level variable (the If's condition is a bool).
func globalBool(v ssa.Value) *ssa.Global {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		g, _ := u.X.(*ssa.Global)
		return g
	}
	return nil
}

// disjointReach: no block reached from a is reached from b.
func disjointReach(a, b *ssa.BasicBlock) bool {
	fromB := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if fromB[x] {
			continue
		}
		fromB[x] = true
		stack = append(stack, x.Succs...)
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack = []*ssa.BasicBlock{a}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] {
			continue
		}
		if fromB[x] {
			return false
		}
		seen[x] = true
		stack = append(stack, x.Succs...)
	}
	return true
}

// emptySideReaches: the empty side of the key test i leads to b. A key
// test after b (a sandbox shortcut taken before the key is ever looked
// at) says nothing of how b is reached: b is judged by its own path.
func emptySideReaches(i *ssa.If, nonEmpty edge, b *ssa.BasicBlock) bool {
	empty := succ(i, 0)
	if empty.to == nonEmpty.to {
		empty = succ(i, 1)
	}
	return reaches(empty.to, b)
}
