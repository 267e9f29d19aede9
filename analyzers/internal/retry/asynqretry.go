package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// asynq redelivers a task only when it may: a task made with
// asynq.MaxRetry(0) (NewTask's option, or Enqueue's, which overrides the
// task's) runs once whatever its handler returns. A handler's package
// often builds its own task (func NewSTKTask(o) *asynq.Task { …
// asynq.NewTask("mpesa:stk", b, asynq.MaxRetry(0)) }) while main
// registers the handler, so the task type is named by no registration in
// sight; the payload ties them: the handler decodes the task's payload
// into a type of its package and the NewTask calls whose payload is
// json.Marshal of that type make its tasks.
//
// The handler's tasks are never retried when, for every type it serves
// (by registration, else by payload), a NewTask or Enqueue of that type
// in the package says MaxRetry(0) and none allows a retry: a NewTask of
// the type with no MaxRetry(0), unless an Enqueue of the package handing
// that very task says MaxRetry(0), or an Enqueue of it with MaxRetry
// above zero, keeps the handler retried. A MaxRetry(0) tied to no type
// leaves it silent: unsure which task.

// asynqNoRetry reports whether an asynq handler fn is never retried.
func (r *Result) asynqNoRetry(fn ast.Node, regs []registration) bool {
	served := map[string]bool{}
	for _, reg := range regs {
		if len(reg.call.Args) == 2 {
			if s, ok := r.constString(reg.call.Args[0]); ok {
				served[s] = true
			}
		}
	}
	if _, untied := r.zeroRetryTypes(); untied {
		return true // unsure which task: stay silent
	}
	if len(served) == 0 {
		served = r.payloadTypes(fn)
	}
	if len(served) == 0 {
		return false
	}
	zero, retried := r.taskRetries()
	for t := range served {
		if !zero[t] || retried[t] {
			return false
		}
	}
	return true
}

// taskRetries sorts the package's task types: zero, a NewTask or
// Enqueue of it says MaxRetry(0); retried, one of its tasks may be
// retried (see above).
func (r *Result) taskRetries() (zero, retried map[string]bool) {
	zero, retried = map[string]bool{}, map[string]bool{}
	covered := map[*ast.CallExpr]bool{} // NewTask calls enqueued with MaxRetry(0)
	var newTasks []*ast.CallExpr
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := r.asynqFunc(call)
			if fn == nil {
				return true
			}
			switch fn.Name() {
			case "NewTask":
				newTasks = append(newTasks, call)
			case "Enqueue", "EnqueueContext":
				nt := r.newTaskOf(call)
				if nt == nil {
					return true
				}
				t, ok := r.constString(nt.Args[0])
				switch {
				case r.hasZeroRetry(call):
					covered[nt] = true
					if ok {
						zero[t] = true
					}
				case ok && r.someRetry(call):
					retried[t] = true
				}
			}
			return true
		})
	}
	for _, nt := range newTasks {
		t, ok := r.constString(nt.Args[0])
		if !ok {
			continue
		}
		switch {
		case r.hasZeroRetry(nt):
			zero[t] = true
		case !covered[nt]:
			retried[t] = true
		}
	}
	return zero, retried
}

// asynqFunc: call's callee when it is a function or method of asynq.
func (r *Result) asynqFunc(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || trimVendor(fn.Pkg().Path()) != asynqPkg {
		return nil
	}
	return fn
}

// newTaskOf: the NewTask call an Enqueue is handed, directly or as a
// local variable defined from it.
func (r *Result) newTaskOf(call *ast.CallExpr) *ast.CallExpr {
	for _, a := range call.Args {
		a = ast.Unparen(a)
		if id, ok := a.(*ast.Ident); ok {
			if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
				a = r.definedAs(v)
			}
		}
		if c, ok := a.(*ast.CallExpr); ok && len(c.Args) > 0 {
			if f := r.asynqFunc(c); f != nil && f.Name() == "NewTask" {
				return c
			}
		}
	}
	return nil
}

// someRetry: one of call's arguments is asynq.MaxRetry(n), n not a
// constant at most zero.
func (r *Result) someRetry(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		c, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			continue
		}
		if fn := r.asynqFunc(c); fn == nil || fn.Name() != "MaxRetry" {
			continue
		}
		tv, ok := r.pass.TypesInfo.Types[c.Args[0]]
		if !ok || tv.Value == nil {
			return true
		}
		if n, exact := constant.Int64Val(tv.Value); !exact || n > 0 {
			return true
		}
	}
	return false
}

// payloadTypes: the task types of the NewTask calls of the package
// whose payload is json.Marshal of a value of the named type, declared
// in this package, into which fn decodes its task's payload
// (json.Unmarshal(t.Payload(), &p)).
func (r *Result) payloadTypes(fn ast.Node) map[string]bool {
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncLit:
		body = fn.Body
	case *ast.FuncDecl:
		body = fn.Body
	}
	if body == nil {
		return nil
	}
	info := r.pass.TypesInfo
	decoded := map[*types.TypeName]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || !isJSON(info, call, "Unmarshal") {
			return true
		}
		src, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		if f := r.asynqFunc(src); f == nil || f.Name() != "Payload" {
			return true
		}
		if tn := r.localNamed(info.TypeOf(call.Args[1])); tn != nil {
			decoded[tn] = true
		}
		return true
	})
	if len(decoded) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			if fn := r.asynqFunc(call); fn == nil || fn.Name() != "NewTask" {
				return true
			}
			t, ok := r.constString(call.Args[0])
			if !ok {
				return true
			}
			if m := r.marshalOf(call.Args[1]); m != nil && decoded[r.localNamed(info.TypeOf(m.Args[0]))] {
				out[t] = true
			}
			return true
		})
	}
	return out
}

// marshalOf: the json.Marshal call e is, or the one a local variable
// e is defined from (b, err := json.Marshal(p)).
func (r *Result) marshalOf(e ast.Expr) *ast.CallExpr {
	info := r.pass.TypesInfo
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v, _ := info.Uses[id].(*types.Var)
		if v == nil {
			return nil
		}
		e = nil
		if file := r.fileOf(v.Pos()); file != nil {
			ast.Inspect(file, func(n ast.Node) bool {
				as, ok := n.(*ast.AssignStmt)
				if !ok || as.Tok != token.DEFINE || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
					return true
				}
				if lid, ok := as.Lhs[0].(*ast.Ident); ok && info.Defs[lid] == v {
					e = as.Rhs[0]
				}
				return true
			})
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !isJSON(info, call, "Marshal") {
		return nil
	}
	return call
}

func isJSON(info *types.Info, call *ast.CallExpr, name string) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json"
}

// localNamed: the named type t is (through one pointer), declared in
// this package.
func (r *Result) localNamed(t types.Type) *types.TypeName {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != r.pass.Pkg {
		return nil
	}
	return n.Obj()
}
