package handler

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a flag set inside a transaction, past a compare-and-set ------------------
//
// A store method often runs its compare-and-set in a transaction callback
// and answers through a local flag the callback sets:
//
//	func (s *Lockers) SettleTopUp(ctx context.Context, ref string) (bool, error) {
//		settled := false
//		err := s.db.Transaction(func(tx *gorm.DB) error {
//			res := tx.Model(&TopUp{}).Where("provider_ref = ? AND status IN ?", ref, open).Update("status", "credited")
//			if res.Error != nil { return res.Error }
//			if res.RowsAffected == 0 { return nil } // a redelivery: nothing moved
//			settled = true
//			return tx.…credit…
//		})
//		return settled, err
//	}
//
// The flag is true only past the check of the statement's rows affected:
// a second delivery finds the row moved and gets false, so the answer is
// a duplicate guard's, like the rows affected themselves. A cell is such
// a flag when every value stored in it (in the function or in a closure
// it hands the cell to) is a constant, false, or true on the moved side
// of a check of a guard seed's answer in the storing function, and at
// least one is true. A true stored whatever the rows affected (the check
// left out) guards nothing.

// casCellFlag: fn answers, at its first bool result, a local cell set
// true only past a compare-and-set's check (see above).
func (m *Model) casCellFlag(fn *ssa.Function, depth int) bool {
	bi, res := firstBoolResult(fn.Signature), fn.Signature.Results()
	if bi < 0 {
		return false
	}
	cells := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != res.Len() {
			continue
		}
		v := ret.Results[bi]
		if b, ok := constBool(v); ok && !b {
			continue // return false, err
		}
		u, ok := v.(*ssa.UnOp)
		if !ok || u.Op != token.MUL {
			return false
		}
		cell, ok := u.X.(*ssa.Alloc)
		if !ok || cell.Parent() != fn || !m.casCell(cell, depth) {
			return false
		}
		cells++
	}
	return cells > 0
}

// casCell: every store into cell is false, or true past a compare-and-set
// check; at least one is true.
func (m *Model) casCell(cell *ssa.Alloc, depth int) bool {
	var stores []*ssa.Store
	uses := func(addr ssa.Value) bool {
		for _, r := range *addr.Referrers() {
			switch x := r.(type) {
			case *ssa.Store:
				if x.Addr != addr {
					return false // the cell itself handed on
				}
				stores = append(stores, x)
			case *ssa.UnOp:
				if x.Op != token.MUL {
					return false
				}
			case *ssa.DebugRef:
			case *ssa.MakeClosure:
				if addr != cell {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	if !uses(cell) {
		return false
	}
	for _, r := range *cell.Referrers() {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		c, ok := mc.Fn.(*ssa.Function)
		if !ok {
			return false
		}
		for k, b := range mc.Bindings {
			if b == cell && k < len(c.FreeVars) && !uses(c.FreeVars[k]) {
				return false
			}
		}
	}
	trues := 0
	for _, st := range stores {
		c, ok := st.Val.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.Bool {
			return false // an answer of its own
		}
		if !constant.BoolVal(c.Value) {
			continue
		}
		if !m.pastMove(st, depth) {
			return false // true whatever the statement did
		}
		trues++
	}
	return trues > 0
}

// pastMove: st is reached only through the moved side of a check of a
// guard seed's answer in its function (rows affected compared with 0 or
// 1, a claim's bool); either side when the check's polarity is not read.
func (m *Model) pastMove(st *ssa.Store, depth int) bool {
	fn := st.Parent()
	gt := taint(fn, func(in ssa.Instruction) bool { return m.guardSeedAt(in, depth+1) }, false)
	for _, i := range ifs(fn) {
		if !gt[i.Cond] || errNilTest(i.Cond) {
			continue
		}
		moved, known := movedBranch(i.Cond)
		for n := 0; n < 2; n++ {
			if known && n != moved {
				continue
			}
			if guardedBy(fn, []edge{succ(i, n)}, st.Block()) {
				return true
			}
		}
	}
	return false
}

// movedBranch: the successor of an If on cond taken when the statement
// moved a row: rows == 0 -> 1 (else), rows > 0 / rows == 1 / rows != 0 ->
// 0, a bool answer -> 0, its negation -> 1.
func movedBranch(cond ssa.Value) (int, bool) {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			if b, ok := movedBranch(c.X); ok {
				return 1 - b, true
			}
		}
	case *ssa.BinOp:
		x, y, op := c.X, c.Y, c.Op
		k, ok := constInt(y)
		if !ok {
			if k, ok = constInt(x); !ok {
				return 0, false
			}
			x, y = y, x
			switch op { // 0 < n is n > 0
			case token.LSS:
				op = token.GTR
			case token.GTR:
				op = token.LSS
			case token.LEQ:
				op = token.GEQ
			case token.GEQ:
				op = token.LEQ
			}
		}
		switch {
		case op == token.EQL && k == 0, op == token.LSS && k == 1, op == token.LEQ && k == 0:
			return 1, true
		case op == token.NEQ && k == 0, op == token.GTR && k == 0, op == token.GEQ && k == 1, op == token.EQL && k == 1:
			return 0, true
		}
	default:
		if b, ok := cond.Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return 0, true
		}
	}
	return 0, false
}
