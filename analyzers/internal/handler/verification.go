package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Verification is the state of signature verification where a payment is
// acted on in a webhook handler.
type Verification uint8

// Verification states.
const (
	// Verified: an enforced signature check dominates the call.
	Verified Verification = iota
	// Unverified: no signature verification at all.
	Unverified
	// Unenforced: a verification runs but its verdict does not stop the
	// processing (only logged or ignored).
	Unenforced
	// FailOpen: verification is skipped when the secret is empty.
	FailOpen
	// Skipped: an enforced verification runs on some paths only (a
	// condition such as a debug flag skips it).
	Skipped
	// Late: the signature is verified only after the payment was acted on.
	Late
	// Partial: only the error of a verifier whose verdict is another
	// result is checked (Mollie's webhooks.Validate, PayPal's
	// VerifyWebhookSignature; sdkverdict.go).
	Partial
)

// verifiedAt reports the verification state at block b of fn.
func (m *Model) verifiedAt(fn *ssa.Function, b *ssa.BasicBlock) Verification {
	if fn == nil || b == nil || m.sdkFed(fn) {
		return Verified // unknown: stay silent; or called by an SDK that verified (cls_sdkfed.go)
	}
	v := m.verifiedAtKnown(fn, b)
	if v != Verified && m.closureVerified(b) {
		return Verified // the fulfilment is a callback of a verifying function
	}
	if v == Unverified && m.unknownGate(fn, b) {
		return Verified // an unrecognised check: stay silent
	}
	return v
}

func (m *Model) verifiedAtKnown(fn *ssa.Function, b *ssa.BasicBlock) Verification {
	failOpen, enforced, weakEnforced, partial := false, false, false, false
	var strict, lenient []edge
	var callBlocks []*ssa.BasicBlock
	for _, i := range ifs(fn) {
		ok, fail, found, fo, vf := m.verdict(i)
		if fo {
			failOpen = true
		}
		if !found {
			if ok, fail, found = tokenCompare(i); found {
				vf = verifier{kind: boolResult, weak: true}
				callBlocks = append(callBlocks, i.Block()) // the compare is the check
			}
		}
		if found && m.emptyCompare(i) {
			vf.failOpen = true // passes when secret and token are both empty (emptytoken.go)
		}
		if found {
			lenient = append(lenient, ok)
			partial = partial || vf.partial
			if !vf.failOpen && !vf.partial {
				strict = append(strict, ok)
				if !reaches(fail.to, b) {
					enforced = true // a failure stops before b, where it runs
					weakEnforced = weakEnforced || vf.weak
				}
			}
		}
	}
	if dead := append(m.deadEmptyEdges(fn), m.sandboxGateEdges(fn)...); len(dead) > 0 && len(strict) > 0 { // sandboxgate.go: a sandbox switch whose off side rejects
		// A gate on a secret that is never empty (secretset.go)
		// skips nothing.
		strict = append(strict, dead...)
		lenient = append(lenient, dead...)
	}
	if guardedBy(fn, strict, b) {
		return Verified
	}
	if guardedBy(fn, lenient, b) {
		if partial && !failOpen {
			return Partial
		}
		return FailOpen
	}
	n, weakSeen := len(callBlocks), false
	for vc := range m.verifierCalls(fn) {
		if vc.V.weak && !weakEnforced {
			weakSeen = true // handed the signature, verdict not seen to stop: cannot tell
			continue
		}
		n++
		if vc.V.failOpen {
			failOpen = true
		}
		if vc.In == fn {
			callBlocks = append(callBlocks, vc.Block)
		}
	}
	if n == 0 {
		if weakSeen {
			return Verified // an unrecognised check: stay silent
		}
		return Unverified
	}
	if failOpen {
		return FailOpen
	}
	for i, nonEmpty := range emptyChecksOver(fn, callBlocks) {
		if !m.neverEmpty(i) && !paramEmptyCheck(i) && emptySideReaches(i, nonEmpty, b) { // sandboxgate.go
			return FailOpen
		}
	}
	if enforced {
		return Skipped
	}
	if weakSeen {
		return Verified // a known verifier logged, an unknown one maybe enforced: cannot tell
	}
	return Unenforced
}

// reaches reports whether b can be reached from a (paths through blocks
// that end the program do not count).
func reaches(a, b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{a}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == b {
			return true
		}
		if x == nil || seen[x] || noReturn(x) {
			continue
		}
		seen[x] = true
		stack = append(stack, x.Succs...)
	}
	return false
}

// verifiesAfter reports whether every verifier call of fn comes after in
// (later in its block, or in a block reached from it that does not lead
// back to it).
func (m *Model) verifiesAfter(fn *ssa.Function, in ssa.Instruction) bool {
	b := in.Block()
	pos := -1
	for i, x := range b.Instrs {
		if x == in {
			pos = i
		}
	}
	n := 0
	for _, blk := range fn.Blocks {
		for i, x := range blk.Instrs {
			c, ok := x.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, ok := m.verifierOf(c.Common(), fn); !ok {
				continue
			}
			n++
			switch {
			case blk == b:
				if i < pos || reaches2(b) {
					return false
				}
			case !reaches(b, blk) || reaches(blk, b):
				return false
			}
		}
	}
	return n > 0
}

// reaches2: b is in a loop (reachable from one of its successors).
func reaches2(b *ssa.BasicBlock) bool {
	for _, s := range b.Succs {
		if reaches(s, b) {
			return true
		}
	}
	return false
}

// emptyCheck recognises `x != ""`, `x == ""`, `len(x) > 0`, `len(x) != 0`,
// `len(x) == 0` and returns the edge taken when x is not empty.
func emptyCheck(i *ssa.If) (edge, bool) {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return edge{}, false
	}
	isLen := func(v ssa.Value) bool {
		c, ok := v.(*ssa.Call)
		if !ok {
			return false
		}
		bi, ok := c.Call.Value.(*ssa.Builtin)
		return ok && bi.Name() == "len"
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		x, y := pair[0], pair[1]
		if s, ok := constStr(y); ok && s == "" {
			switch b.Op {
			case token.NEQ:
				return succ(i, 0), true
			case token.EQL:
				return succ(i, 1), true
			}
		}
		if n, ok := constInt(y); ok && n == 0 && isLen(x) {
			switch b.Op {
			case token.NEQ, token.GTR:
				if pair[0] == b.X {
					return succ(i, 0), true
				}
			case token.EQL:
				return succ(i, 1), true
			}
		}
	}
	return edge{}, false
}
