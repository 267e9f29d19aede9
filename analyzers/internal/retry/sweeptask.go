package retry

import (
	"go/ast"
	"go/types"
)

// ---- a queue task that sweeps the pending rows -----------------------------------
//
// A machinery task func that takes no argument (or only a context) has
// nothing to work on but what it selects itself:
//
//	srv.RegisterTasks(map[string]interface{}{"send_withdrawals": s.SendWithdrawals})
//	func (s *Sweeps) SendWithdrawals() error {
//		pending, _ := s.store.Pending(ctx)       // status IN ('requested', …)
//		for _, w := range pending { s.bank.CreateTransfer(ctx, …, uuid.NewString()) }
//	}
//
// Such a sweep is sent again and again (a periodic task, a scheduler
// outside the code, an operator): that is what it is for, since a run
// over the rows it selects is the same whoever starts it. So its
// registration is the pass loop of rows.go: a write that failed leaves
// its row pending and the next run repeats it, under a key made in the
// run anew. A task handed an argument (a withdrawal's id) works what it
// is handed and is no sweep; rows.go still asks for the pending query,
// the claim and the rest.

// sweepRowsName is the Rows construct's name when a queue runs the passes.
const sweepRowsName = "machinery sweep task that re-selects pending rows"

// sweepTask returns the machinery registration (RegisterTask or
// RegisterTasks, v1 or v2) of fd when fd takes no argument but a
// context; nil otherwise.
func (r *Result) sweepTask(fd *ast.FuncDecl) *ast.CallExpr {
	if !r.imports(machineryV1) && !r.imports(machineryV2) {
		return nil
	}
	fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() > 1 || sig.Params().Len() == 1 && !isContextType(types.Unalias(sig.Params().At(0).Type())) {
		return nil
	}
	for _, reg := range r.registrations(fd, machineryV1, machineryV2) {
		if reg.fn.Name() == "RegisterTask" || reg.fn.Name() == "RegisterTasks" {
			return reg.call
		}
	}
	return nil
}

// scheduledName names the Rows construct whose passes a schedule runs
// (outer is the AddFunc, AddJob or RegisterTask(s) call).
func (r *Result) scheduledName(outer *ast.CallExpr) string {
	if fn := r.staticCallee(outer); fn != nil && fn.Pkg() != nil && fn.Name() != "AddFunc" && fn.Name() != "AddJob" {
		return sweepRowsName
	}
	return cronRowsName
}
