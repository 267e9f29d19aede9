package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Retries through a job queue: a task handler registered with a queue
// that delivers the task again when the handler returns an error repeats
// the handler's payment write on every delivery. Checked against the
// real modules:
//   - hibiken/asynq v0.25.1: a handler is a func(context.Context,
//     *asynq.Task) error (ServeMux.HandleFunc, HandlerFunc, a type's
//     ProcessTask). A task is retried (MaxRetry 25 by default) after an
//     error unless it is SkipRetry or RevokeTask (errors.Is), or the task
//     was enqueued with MaxRetry(0).
//   - RichardKnop/machinery v1.10.8 (module path …/machinery, package
//     …/machinery/v1) and v2.0.13 (…/machinery/v2): a task func
//     registered with Server.RegisterTask or RegisterTasks is retried
//     only when its signature has RetryCount > 0 or it returns
//     tasks.NewErrRetryTaskLater; both must be visible in the package.
//
// The construct is Job; Region is the handler's body (each delivery runs
// it anew: a key made there is made per delivery, one read from the
// task's payload is not). Not a Job: a handler that returns nil (or
// SkipRetry) when the write fails, a task enqueued with MaxRetry(0) in
// the package, a machinery task with no retry visible.

const (
	asynqPkg     = "github.com/hibiken/asynq"
	machineryV1  = "github.com/RichardKnop/machinery/v1"
	machineryV2  = "github.com/RichardKnop/machinery/v2"
	asynqName    = "asynq, which delivers the task again when the handler returns an error"
	machineryNam = "machinery, which delivers the task again when the handler returns an error"
)

// job returns the Job construct when fn (a *ast.FuncLit or
// *ast.FuncDecl) is a task handler of a queue that re-delivers the task
// after the handler returns an error, and cur's failure makes it return
// one; nil otherwise.
func (r *Result) job(fn ast.Node, cur ast.Node) *Construct {
	if c := r.libraryJob(fn, cur); c != nil {
		return c
	}
	return r.queueJob(fn, cur) // a hand-written queue (jobqueue.go)
}

// libraryJob is job for the queues of a library (asynq, machinery).
func (r *Result) libraryJob(fn ast.Node, cur ast.Node) *Construct {
	if !r.importsJobs() {
		return nil
	}
	sig, body := r.handlerFunc(fn)
	if sig == nil {
		return nil
	}
	name := ""
	switch {
	case isAsynqHandler(sig):
		if r.asynqNoRetry(fn, r.registrations(fn, asynqPkg)) { // asynqretry.go
			return nil
		}
		name = asynqName
	default:
		regs := r.registrations(fn, machineryV1, machineryV2)
		if len(regs) == 0 || !r.machineryRetries(regs, fn, body) {
			return nil
		}
		name = machineryNam
	}
	if !r.failureReturns(body, cur) {
		return nil
	}
	return &Construct{Kind: Job, Name: name, Pos: fn.Pos(), Node: fn, Region: body}
}

// handlerFunc returns the signature and body of fn (a *ast.FuncLit or
// *ast.FuncDecl) when its last result is an error; nils otherwise.
func (r *Result) handlerFunc(fn ast.Node) (*types.Signature, *ast.BlockStmt) {
	var sig *types.Signature
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncLit:
		sig, _ = r.pass.TypesInfo.TypeOf(fn).(*types.Signature)
		body = fn.Body
	case *ast.FuncDecl:
		if f, _ := r.pass.TypesInfo.Defs[fn.Name].(*types.Func); f != nil {
			sig, _ = f.Type().(*types.Signature)
		}
		body = fn.Body
	}
	if sig == nil || body == nil || !errorLast(sig) {
		return nil, nil
	}
	return sig, body
}

// importsJobs: the package imports a job queue (the cost of the search
// is paid only there).
func (r *Result) importsJobs() bool {
	for _, p := range r.pass.Pkg.Imports() {
		switch trimVendor(p.Path()) {
		case asynqPkg, machineryV1, machineryV2:
			return true
		}
	}
	return false
}

func trimVendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return path
}

func errorLast(sig *types.Signature) bool {
	res := sig.Results()
	return res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
}

// isAsynqHandler: func(context.Context, *asynq.Task) error.
func isAsynqHandler(sig *types.Signature) bool {
	p := sig.Params()
	if p.Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	ptr, ok := p.At(1).Type().(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := ptr.Elem().(*types.Named)
	return ok && n.Obj().Name() == "Task" && n.Obj().Pkg() != nil && trimVendor(n.Obj().Pkg().Path()) == asynqPkg
}

// registration is a call that registers a handler: its callee's package
// path and name, and the call.
type registration struct {
	call *ast.CallExpr
	fn   *types.Func
}

// registrations returns the calls of the package, to a function or
// method of one of pkgs, that are handed fn as an argument (directly,
// converted, as a map literal's value, or as a value whose method fn
// is).
func (r *Result) registrations(fn ast.Node, pkgs ...string) []registration {
	var out []registration
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
			if callee == nil || callee.Pkg() == nil || !oneOf(trimVendor(callee.Pkg().Path()), pkgs) {
				return true
			}
			for _, a := range call.Args {
				if r.hands(a, fn) {
					out = append(out, registration{call, callee})
					break
				}
			}
			return true
		})
	}
	return out
}

func oneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// hands reports whether arg is fn: the closure or function itself (or a
// conversion of it), a map literal with it as a value, or a value whose
// method fn is (mux.Handle(t, &chargeHandler{})).
func (r *Result) hands(arg ast.Expr, fn ast.Node) bool {
	if r.refersTo(arg, fn) {
		return true
	}
	if lit, ok := ast.Unparen(arg).(*ast.CompositeLit); ok {
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && r.refersTo(kv.Value, fn) {
				return true
			}
		}
	}
	fd, ok := fn.(*ast.FuncDecl)
	if !ok || fd.Recv == nil {
		return false
	}
	t := r.pass.TypesInfo.TypeOf(arg)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, r.pass.Pkg, fd.Name.Name)
	m, _ := obj.(*types.Func)
	return m != nil && r.decls[m.Origin()] == fd
}

// zeroRetryTypes returns the task types enqueued or created with
// MaxRetry(0) (asynq.NewTask(T, p, asynq.MaxRetry(0)), or
// client.Enqueue(task, asynq.MaxRetry(0)) of a task made by NewTask(T…)
// in the same function), and untied when one is seen whose type is not
// known.
func (r *Result) zeroRetryTypes() (none map[string]bool, untied bool) {
	none = map[string]bool{}
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !r.hasZeroRetry(call) {
				return true
			}
			if t, ok := r.taskType(call); ok {
				none[t] = true
			} else {
				untied = true
			}
			return true
		})
	}
	return none, untied
}

// hasZeroRetry: one of call's arguments is asynq.MaxRetry(0) (or of a
// negative count).
func (r *Result) hasZeroRetry(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		c, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			continue
		}
		fn, _ := typeutil.Callee(r.pass.TypesInfo, c).(*types.Func)
		if fn == nil || fn.Name() != "MaxRetry" || fn.Pkg() == nil || trimVendor(fn.Pkg().Path()) != asynqPkg {
			continue
		}
		tv, ok := r.pass.TypesInfo.Types[c.Args[0]]
		if !ok || tv.Value == nil {
			continue
		}
		if n, exact := constant.Int64Val(tv.Value); exact && n <= 0 {
			return true
		}
	}
	return false
}

// taskType returns the task type of a NewTask call, or of the task an
// Enqueue call is handed when that is a NewTask call or a variable
// defined from one.
func (r *Result) taskType(call *ast.CallExpr) (string, bool) {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return "", false
	}
	if fn.Name() == "NewTask" && len(call.Args) > 0 {
		return r.constString(call.Args[0])
	}
	for _, a := range call.Args {
		a = ast.Unparen(a)
		if id, ok := a.(*ast.Ident); ok {
			if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
				a = r.definedAs(v)
			}
		}
		if c, ok := a.(*ast.CallExpr); ok {
			if f, _ := typeutil.Callee(r.pass.TypesInfo, c).(*types.Func); f != nil && f.Name() == "NewTask" && len(c.Args) > 0 {
				return r.constString(c.Args[0])
			}
		}
	}
	return "", false
}

// definedAs returns the expression a local variable is defined from
// (v := e), or nil.
func (r *Result) definedAs(v *types.Var) ast.Expr {
	file := r.fileOf(v.Pos())
	if file == nil {
		return nil
	}
	var out ast.Expr
	ast.Inspect(file, func(n ast.Node) bool {
		if out != nil || n == nil || n.Pos() > v.Pos() || n.End() < v.Pos() {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) {
			for k, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && r.pass.TypesInfo.Defs[id] == v {
					out = as.Rhs[k]
				}
			}
		}
		return true
	})
	return out
}

func (r *Result) constString(e ast.Expr) (string, bool) {
	tv, ok := r.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
