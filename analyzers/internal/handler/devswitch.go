package handler

import (
	"go/token"
	"strings"

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

// mixedVerdict classifies `err != nil` / `err == nil` on a phi merging
// a verifier's error with other values: errors of standard-library calls
// (a decoder's), of other verifiers or other functions (which may verify
// in a way we do not know: taken as verdicts), or nil. A decoder's error
// or a nil that comes only along paths no deployed run takes
// (deadEmptyEdges), or only after a verifier's own test passed, leaves
// the test the verifier's verdict: its edges are returned. A decoder's
// error along a live path makes a verdict with no success edge, whose
// failure edge still stops: the caller sees an enforced check that does
// not guard every path (Skipped). A live nil is verdict's own case (a
// check skipped, failing open): not found here.
func (m *Model) mixedVerdict(i *ssa.If) (ok, fail edge, v verifier, found bool) {
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
		switch {
		case isNil(e):
			nils = append(nils, k)
		case stdlibError(e):
			others = append(others, k)
		default:
			// Another function's error may be a check we do not
			// recognise (an interface, a helper): taken as one, silent.
		}
	}
	if !found {
		return edge{}, edge{}, verifier{}, false
	}
	live := liveBlocks(fn, append(m.deadEmptyEdges(fn), m.passedChecks(fn, i)...))
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

// stdlibError: v is the error of a standard-library call (json.Unmarshal,
// a decoder's Decode, strconv): a call that verifies no signature. The
// error of the package's own helper may be a check we do not recognise.
func stdlibError(v ssa.Value) bool {
	v = strip(v)
	if x, ok := v.(*ssa.Extract); ok {
		v = x.Tuple
	}
	c, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	fn := c.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil || fn.Pkg.Pkg == nil {
		if o := calleeObj(&c.Call); o != nil && o.Pkg() != nil { // an interface method (json.Decoder is concrete)
			return whaStdPath(o.Pkg().Path())
		}
		return false
	}
	return whaStdPath(fn.Pkg.Pkg.Path())
}

// whaStdPath: a standard-library package that decodes, parses or reads
// (encoding/json, strconv, io…); crypto is not one of them.
func whaStdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return stdRoots[first]
}

var stdRoots = map[string]bool{"encoding": true, "strconv": true, "io": true, "fmt": true, "errors": true,
	"bufio": true, "bytes": true, "strings": true, "mime": true, "compress": true, "time": true, "net": true}

// passedChecks are the success edges of fn's plain tests of a
// verifier's error (err == nil, err != nil), other than skip: a value
// assigned after one passed was assigned to a verified request.
func (m *Model) passedChecks(fn *ssa.Function, skip *ssa.If) []edge {
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

// liveBlocks are the blocks of fn reachable from its entry without
// taking a dead edge.
func liveBlocks(fn *ssa.Function, dead []edge) map[*ssa.BasicBlock]bool {
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
