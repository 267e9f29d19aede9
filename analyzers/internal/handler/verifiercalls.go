package handler

import (
	"iter"

	"golang.org/x/tools/go/ssa"
)

// verifierCall is one call of a webhook verifier inside a handler: the
// call, the function (the handler or one of its literals) and block it
// sits in, and what the model knows of the verifier.
type verifierCall struct {
	Call  ssa.CallInstruction
	In    *ssa.Function
	Block *ssa.BasicBlock
	V     verifier
}

// verifierCalls yields every verifier call of fn and its literals, in
// block order. The verification verdict, the header-skip and drop-verdict
// checks, the wired-verifier fact and the verifier summary all ask this one
// question, so they cannot disagree about which calls verify.
func (m *Model) verifierCalls(fn *ssa.Function) iter.Seq[verifierCall] {
	return func(yield func(verifierCall) bool) {
		for _, f := range allFuncs(fn) {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					c, ok := in.(ssa.CallInstruction)
					if !ok {
						continue
					}
					v, ok := m.verifierOf(c.Common(), f)
					if !ok {
						continue
					}
					if !yield(verifierCall{Call: c, In: f, Block: b, V: v}) {
						return
					}
				}
			}
		}
	}
}

// emptyChecksOver yields the emptiness tests of fn whose non-empty edge
// dominates one of blocks: the checks a verifier call in those blocks runs
// behind, with the edge that reaches it.
func emptyChecksOver(fn *ssa.Function, blocks []*ssa.BasicBlock) iter.Seq2[*ssa.If, edge] {
	return func(yield func(*ssa.If, edge) bool) {
		for _, cb := range blocks {
			for _, i := range ifs(fn) {
				if nonEmpty, found := emptyCheck(i); found && nonEmpty.dominates(cb) {
					if !yield(i, nonEmpty) {
						return
					}
				}
			}
		}
	}
}
