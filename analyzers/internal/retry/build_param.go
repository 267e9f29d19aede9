package retry

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a helper that rebuilds what it sends on every attempt --------------------
//
// A request body can be read only once, so a client that retries takes a
// function that builds the request (or its body) and calls it on every
// attempt:
//
//	func (c *Client) do(ctx context.Context, build func() (*http.Request, error), out any) error {
//		for attempt := 1; ; attempt++ {
//			req, err := build()
//			resp, err := c.hc.Do(req)
//			… go round on 5xx/429 …
//
// The payment model already takes the call c.do(ctx, func…, &out) as the
// send of the request its builder makes. Seen from that call, do is a
// retry of it, and the builder handed over runs anew on every attempt: a
// key made inside it is a new key per attempt, one captured from outside
// is the same on every attempt. This is not a helper that retries its
// callback (HelperFact): the callback's own error does not send do round,
// the failure of what do sends with its result does.
//
// The summary (BuildFact) is semantic: a call of a func parameter inside
// the region a retry repeats (a loop body, a closure handed to a retry
// library, a recursive function), whose result flows into the call that
// retry repeats. A builder called once before the loop, a loop that goes
// round only after a success, or a call that nothing repeats give none.

// BuildFact summarises a function that calls its func parameter Param on
// every attempt of a retry and uses what it returns in the call retried.
type BuildFact struct {
	Param int
}

func (*BuildFact) AFact() {}

func (f *BuildFact) String() string { return "rebuilds what it sends from its callback per attempt" }

// summariseBuilds computes the BuildFacts of the package's candidates;
// summarise exports them.
func (r *Result) summariseBuilds(cands []candidate) {
	for _, c := range cands {
		if k := r.buildParam(c); k >= 0 {
			r.builds[c.fn] = &BuildFact{Param: k}
		}
	}
}

// buildParam returns the index of c's func parameter called per attempt
// of a retry of a call using its result, or -1.
func (r *Result) buildParam(c candidate) int {
	calls, _ := r.paramCalls(c)
	for _, k := range calls {
		id := ast.Unparen(k.Fun).(*ast.Ident)
		v := r.pass.TypesInfo.Uses[id].(*types.Var)
		if r.retriedWithResult(c, k) {
			return c.params[v]
		}
	}
	return -1
}

// retriedWithResult: some call that uses what k returns is repeated by a
// loop, a library or a recursion whose repeated region holds k, and that
// goes round after a failure (not only after a success).
func (r *Result) retriedWithResult(c candidate, k *ast.CallExpr) bool {
	uses := r.resultUses(c.decl.Body, k)
	for _, s := range uses {
		for _, con := range r.around(s, s, maxDepth) {
			switch con.Kind {
			case Loop, Library, Recursion:
			default:
				continue
			}
			if con.ErrorLeaves || !within(k, con.Region) {
				continue
			}
			// What the retry repeats must be a send, and k no reader
			// on the side of the function's own request (sidecall.go).
			if !r.sendLike(s) || r.sideCall(c.fn, k, con) {
				continue
			}
			return true
		}
	}
	return false
}

// resultUses returns the calls of body, other than k, that take what k
// returns (its non-error results, and values computed from them:
// bytes.NewReader(body), req.WithContext(ctx)) as an argument or receiver.
func (r *Result) resultUses(body *ast.BlockStmt, k *ast.CallExpr) []*ast.CallExpr {
	info := r.pass.TypesInfo
	tainted := map[types.Object]bool{}
	// carries: e mentions k or a tainted variable.
	carries := func(e ast.Node) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if n == k {
					found = true
				}
			case *ast.Ident:
				if tainted[info.Uses[n]] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	// The variables set from k, then from them, to a small fixed point.
	for round := 0; round < 3; round++ {
		changed := false
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, lhs := range as.Lhs {
				var rhs ast.Expr
				switch {
				case len(as.Rhs) == len(as.Lhs):
					rhs = as.Rhs[i]
				case len(as.Rhs) == 1:
					rhs = as.Rhs[0]
				default:
					continue
				}
				id, ok := lhs.(*ast.Ident)
				if !ok || id.Name == "_" || info.TypeOf(id) == nil || isErrorType(info.TypeOf(id)) || !carries(rhs) {
					continue
				}
				if obj := info.ObjectOf(id); obj != nil && !tainted[obj] {
					tainted[obj], changed = true, true
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	var out []*ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		s, ok := n.(*ast.CallExpr)
		if !ok || s == k {
			return true
		}
		uses := false
		for _, a := range s.Args {
			uses = uses || carries(a)
		}
		if sel, ok := ast.Unparen(s.Fun).(*ast.SelectorExpr); ok && carries(sel.X) {
			uses = true
		}
		if uses {
			out = append(out, s)
		}
		return true
	})
	return out
}

// build returns the BuildFact of fn (its origin): of this package, or
// imported (looked up during Run, see importBuilds). Nil when none.
func (r *Result) build(fn *types.Func) *BuildFact {
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.builds[fn]
	}
	if f, ok := r.buildsImp[fn]; ok {
		return f
	}
	var f *BuildFact
	if fn.Pkg() != nil && r.pass.ImportObjectFact != nil {
		fact := new(BuildFact)
		if r.pass.ImportObjectFact(fn, fact) {
			f = fact
		}
	}
	if r.buildsImp == nil {
		r.buildsImp = map[*types.Func]*BuildFact{}
	}
	r.buildsImp[fn] = f
	return f
}

// builtConstruct returns the Helper construct when call hands a function
// to a helper that rebuilds what it sends from it on every attempt: the
// function's body (a literal, or a function of this package) is what
// runs anew. Summary stays nil: the helper's wait and bound belong to the
// send inside it, which the rules judging waits read there.
func (r *Result) builtConstruct(call *ast.CallExpr) *Construct {
	callee := r.staticCallee(call)
	if callee == nil {
		return nil
	}
	f := r.build(callee)
	if f == nil || f.Param >= len(call.Args) {
		return nil
	}
	var region ast.Node
	arg := unconvert(r.pass.TypesInfo, call.Args[f.Param])
	if lit, ok := arg.(*ast.FuncLit); ok {
		region = lit.Body
	} else if fn := r.funcRef(arg); fn != nil && r.decls[fn] != nil {
		region = r.decls[fn].Body
	} else if id, ok := arg.(*ast.Ident); ok {
		if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if lit := r.varBoundTo(v); lit != nil {
				region = lit.Body
			}
		}
	}
	if region == nil {
		return nil
	}
	name := callee.Name()
	if callee.Pkg() != r.pass.Pkg {
		name = payment.HelperName(callee)
	}
	return &Construct{Kind: Helper, Name: name, Pos: call.Pos(), Node: call, Region: region}
}

// Rebuilds returns the index of fn's func parameter that fn calls on
// every attempt of a retry of what it sends with the result, or -1.
func (r *Result) Rebuilds(fn *types.Func) int {
	if r == nil || fn == nil {
		return -1
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if f := r.build(fn); f != nil {
		return f.Param
	}
	return -1
}
