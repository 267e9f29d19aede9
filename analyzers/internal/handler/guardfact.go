package handler

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- duplicate guards behind helpers of other packages ------------------------
//
// The helper that answers whether a delivery is new often lives in a
// store or idempotency package of its own:
//
//	first, err := idem.FirstDelivery(ctx, db, evt.ID)
//	if err != nil || !first { return }
//
// A function of such a package that is a guard helper (guardhelper.go) is
// exported as a GuardHelperFact, and a call of it elsewhere is a guard
// seed like a call of a helper of the caller's own package. Only
// functions whose answer is a guard get the fact, and a package is read
// (its SSA built) only when a cheap look at its syntax finds what a guard
// is made of: SQL on an events table or an insert that ignores
// conflicts, a compare-and-set, a SETNX, a document insert, a name that
// says duplicate, or a call of another package's guard helper.

// GuardHelperFact marks a function whose bool or integer answer comes
// from a duplicate guard's seed, or that returns a fresh error only on one
// branch of such a seed's check (guardhelper.go).
type GuardHelperFact struct{}

// AFact marks GuardHelperFact as a fact.
func (*GuardHelperFact) AFact() {}

func (*GuardHelperFact) String() string { return "duplicate guard helper" }

// importedGuardHelper: o, a function of another package, has a
// GuardHelperFact. An interface method has none: its implementation is
// not known here.
func (m *Model) importedGuardHelper(o *types.Func) bool {
	if o == nil || o.Pkg() == nil || o.Pkg() == m.pass.Pkg {
		return false
	}
	return m.pass.ImportObjectFact(o, new(GuardHelperFact))
}

// exportGuardHelpers exports a GuardHelperFact for each function of the
// package, callable from another, that is a guard helper. fns is the
// package's SSA by syntax when built already (nil: built here if needed).
func (m *Model) exportGuardHelpers(fns map[ast.Node]*ssa.Function) {
	if !summarised(m.pass) {
		return
	}
	cands := m.guardHelperCandidates()
	if len(cands) == 0 {
		return
	}
	if len(fns) == 0 {
		fns = m.ssa.of(m.pass)
	}
	for _, c := range cands {
		if fn := fns[c.decl]; fn != nil && m.guardHelperFn(fn, 0) {
			m.pass.ExportObjectFact(c.obj, &GuardHelperFact{})
		}
	}
}

type guardCand struct {
	obj  *types.Func
	decl *ast.FuncDecl
}

// guardHelperCandidates are the exported functions and methods of the
// package with a bool, integer or error result, when something in the
// package looks like what a guard is made of (guardMaterial); none else.
func (m *Model) guardHelperCandidates() []guardCand {
	var cands []guardCand
	material := false
	for _, d := range funcs.Of(m.pass).Bodies() {
		fd, obj := d.Syntax, d.Func
		if obj.Exported() && answers(obj) {
			cands = append(cands, guardCand{obj, fd})
		}
		material = material || m.guardMaterial(fd.Body) || fp15wMaterial(m.pass.TypesInfo, fd) // changedflag.go
	}
	if !material {
		return nil
	}
	return cands
}

// answers: a result a caller can branch on (bool, integer or error).
func answers(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if t := sig.Results().At(i).Type(); boolOrInt(t) || isErrorType(t) {
			return true
		}
	}
	return false
}

// guardMaterial is the syntactic filter in front of SSA: body uses SQL a
// guard seed is made of, a SETNX or a document insert, a name that says
// duplicate or records an event, or another package's guard helper.
func (m *Model) guardMaterial(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.CompositeLit:
			found = eventType(m.pass.TypesInfo.TypeOf(x)) // a ProcessedEvent row to create
		case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
			e := x.(ast.Expr)
			if tv, ok := m.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				found = seedSQL(constant.StringVal(tv.Value))
				return false
			}
			if id, ok := e.(*ast.Ident); ok {
				found = m.guardName(m.pass.TypesInfo.Uses[id])
			}
		}
		return !found
	})
	return found
}

// seedSQL: SQL a guard seed runs (guardSeedAt): on an events table, an
// insert that ignores conflicts, a compare-and-set on a status.
func seedSQL(s string) bool {
	return sqlVerb.MatchString(s) && (eventTableSQL.MatchString(s) || sqlIdemInsrt.MatchString(s) || casSQL.MatchString(s)) ||
		statusWhere.MatchString(s) || conflictClause.MatchString(s)
}

// guardName: a function or variable of a package that is not the standard
// library whose name says a guard (SetNX, InsertOne, MarkSeen,
// ErrDuplicateEvent, RecordEvent), or a guard helper of another package.
func (m *Model) guardName(obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil || stdPath(obj.Pkg().Path()) {
		return false
	}
	switch o := obj.(type) {
	case *types.Func:
		if o.Name() == "SetNX" || o.Name() == "HSetNX" || o.Name() == "InsertOne" || m.importedGuardHelper(o) {
			return true
		}
	case *types.Var:
		if o.IsField() {
			return false
		}
	default:
		return false
	}
	ws := words(obj.Name())
	return hasWord(ws, dedupeWords...) != "" ||
		hasWord(ws, "event", "events", "webhook", "webhooks", "delivery") != "" && hasWord(ws, eventVerbs...) != ""
}
