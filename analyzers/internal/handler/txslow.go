package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- slow work inside a callback run in line: a database transaction ----------
//
// slowIn leaves function literals out: most are handed to a goroutine, a
// queue or a job and run after the answer. A literal handed to a database
// transaction runner (gorm's db.Transaction(func(tx *gorm.DB) error {…}))
// runs before the runner returns, in the handler's time: a wallet service
// credited over HTTP inside it, between the row's update and the commit,
// holds the provider's delivery up exactly as the same call outside the
// transaction does (and keeps the row locked while it waits). The same
// holds for a helper of the package that only runs its callback, directly
// or through such a runner (s.inTx(func(tx) error {…})). Only the
// callback's own slow work counts (an HTTP call, mail, a sleep, a slow
// function of the model's); a literal inserting an outbox row or
// enqueueing a job is no slower than any local write and stays silent.

// txSlow: call hands a transaction runner (or a helper of the package
// that runs its callback in line) a literal doing slow work.
func (a *Ack) txSlow(call *ast.CallExpr, fn *types.Func) (Slow, bool) {
	i := a.inlineParam(fn, 0)
	if i < 0 || i >= len(call.Args) {
		return Slow{}, false
	}
	lit, ok := ast.Unparen(call.Args[i]).(*ast.FuncLit)
	if !ok || lit.Body == nil {
		return Slow{}, false
	}
	slow := a.slowIn(lit.Body)
	if len(slow) == 0 {
		return Slow{}, false
	}
	return Slow{Node: call, Desc: "runs through " + qual(fn) + " a callback that " + slow[0].Desc,
		StatusRead: len(slow) == 1 && slow[0].StatusRead}, true
}

// inlineParam is the index of the parameter of fn holding a callback
// fn runs before it returns: gorm's (*DB).Transaction, or a function of
// this package calling that parameter itself (not in a go statement or
// another literal) or handing it as is to such a runner; -1 otherwise.
func (a *Ack) inlineParam(fn *types.Func, depth int) int {
	if fn == nil || fn.Pkg() == nil || depth > 2 {
		return -1
	}
	if dblib.IsGORM(pkgOf(fn)) && fn.Name() == "Transaction" {
		if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Recv() != nil {
			return 0
		}
	}
	fd := a.decls.Syntax(fn)
	if fd == nil || fd.Body == nil || fn.Pkg() != a.pass.Pkg {
		return -1
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return -1
	}
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if _, isFunc := p.Type().Underlying().(*types.Signature); isFunc && a.runsParam(fd, p, depth) {
			return i
		}
	}
	return -1
}

// runsParam: fd's body calls p, or hands it to an in-line runner, at
// its own level (a go statement or a literal runs it later, if at all).
func (a *Ack) runsParam(fd *ast.FuncDecl, p *types.Var, depth int) bool {
	info := a.pass.TypesInfo
	isP := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if isP(x.Fun) {
				found = true
			} else if cf := a.m.calleeFunc(x); cf != nil && cf.Origin() != nil {
				if j := a.inlineParam(cf.Origin(), depth+1); j >= 0 && j < len(x.Args) && isP(x.Args[j]) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
