package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- one error checked for the verifier and for what a switch runs instead --------
//
//	if h.localDev {
//		err = json.Unmarshal(body, &event)          // the Stripe CLI's fixtures
//	} else {
//		event, err = webhook.ConstructEvent(body, sig, h.secret)
//	}
//	if err != nil { return 400 }
//
// The err tested is the verifier's on one path and the decoder's on the
// other: the test stops a bad signature only where the verifier ran. Seen
// as no verdict at all, the handler was Unenforced (a verifier whose
// failure goes unchecked) and, with its effect unknown, nothing; seen as
// the verifier's verdict it would be Verified. It is neither: the
// verification is Skipped when the switch is on, and a switch the
// deployment sets (an environment variable read in main, a constructor
// parameter) can be on in production.
//
// A switch that no deployed run turns on (deadEmptyEdges: a constant, a
// flag only tests set, a secret never empty) leaves the other value's
// path dead: the test is then the verifier's verdict on every live path,
// and the handler Verified.

// whaMixedVerdict classifies `err != nil` / `err == nil` on a phi merging
// a verifier's error with other values: errors of other calls, of other
// verifiers, or nil. A value that comes only along paths no deployed run
// takes (deadEmptyEdges), or only after a verifier's own test passed,
// leaves the test the verifier's verdict: its edges are returned. Another
// call's error along a live path makes a verdict with no success edge,
// whose failure edge still stops: the caller sees an enforced check that
// does not guard every path (Skipped). A live nil is verdict's own case
// (a check skipped failing open): not found here.
func (m *Model) whaMixedVerdict(i *ssa.If) (ok, fail edge, v verifier, found bool) {
	b, isBin := i.Cond.(*ssa.BinOp)
	if !isBin || (b.Op != token.EQL && b.Op != token.NEQ) {
		return edge{}, edge{}, verifier{}, false
	}
	eq := 0
	if b.Op == token.NEQ {
		eq = 1
	}
	x := b.X
	if isNil(x) {
		x = b.Y
	} else if !isNil(b.Y) {
		return edge{}, edge{}, verifier{}, false
	}
	phi, isPhi := strip(x).(*ssa.Phi)
	if !isPhi || len(phi.Block().Preds) != len(phi.Edges) {
		return edge{}, edge{}, verifier{}, false
	}
	fn := i.Parent()
	var nils, others []int
	for k, e := range phi.Edges {
		if _, vf, isV := m.verifierResult(e, fn); isV && vf.kind == errResult {
			if !found {
				v, found = vf, true
			}
			continue
		}
		if isNil(e) {
			nils = append(nils, k)
		} else {
			others = append(others, k)
		}
	}
	if !found {
		return edge{}, edge{}, verifier{}, false
	}
	live := whaLiveBlocks(fn, append(m.deadEmptyEdges(fn), m.whaPassedChecks(fn, i)...))
	for _, k := range nils {
		if live[phi.Block().Preds[k]] {
			return edge{}, edge{}, verifier{}, false // fails open: verdict's case
		}
	}
	for _, k := range others {
		if live[phi.Block().Preds[k]] {
			return edge{}, succ(i, 1-eq), v, true // Skipped on the other path
		}
	}
	return succ(i, eq), succ(i, 1-eq), v, true
}

// whaPassedChecks are the success edges of fn's plain tests of a
// verifier's error (err == nil, err != nil), other than skip: a value
// assigned after one passed was assigned to a verified request.
func (m *Model) whaPassedChecks(fn *ssa.Function, skip *ssa.If) []edge {
	var out []edge
	for _, j := range ifs(fn) {
		b, isBin := j.Cond.(*ssa.BinOp)
		if j == skip || !isBin || (b.Op != token.EQL && b.Op != token.NEQ) {
			continue
		}
		for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
			if _, vf, isV := m.verifierResult(pair[0], fn); isV && vf.kind == errResult && isNil(pair[1]) {
				if b.Op == token.EQL {
					out = append(out, succ(j, 0))
				} else {
					out = append(out, succ(j, 1))
				}
			}
		}
	}
	return out
}

// whaLiveBlocks are the blocks of fn reachable from its entry without
// taking a dead edge.
func whaLiveBlocks(fn *ssa.Function, dead []edge) map[*ssa.BasicBlock]bool {
	cut := map[edge]bool{}
	for _, e := range dead {
		cut[e] = true
	}
	seen := map[*ssa.BasicBlock]bool{}
	if len(fn.Blocks) == 0 {
		return seen
	}
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		for _, s := range x.Succs {
			if !cut[edge{x, s}] {
				stack = append(stack, s)
			}
		}
	}
	return seen
}
