package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- webhookdedupe: an insert a unique key makes the claim ----------------------
//
// A ledger row inserted with a unique key (a credit transaction carrying
// the provider's payment id) is the dedupe claim when the code answers the
// duplicate-key error: a redelivery fails on the constraint and leaves
// before anything is credited again.
//
//	if err := repo.Create(ctx, tx); err != nil {
//		if isDuplicate(err) { return ErrDuplicatePayment }
//		return err
//	}
//	balance.Upsert(…) // reached only by the first delivery
//
// The insert is then no repeated effect, and the effects after the
// statement testing its error, in the same block, are guarded. The test
// must read THAT insert's error and leave on it; a duplicate test of
// another call's error (an audit row's) guards nothing, and an error only
// logged claims nothing. The predicates are what the drivers answer a
// unique violation with, not names: pgconn.PgError / pq.Error Code 23505,
// mysql.MySQLError Number 1062, sqlite3's ErrConstraintUnique /
// ErrConstraintPrimaryKey, gorm.ErrDuplicatedKey, mongo's
// IsDuplicateKeyError, the drivers' messages tested with strings.Contains,
// or a function of the package whose body tests one of those.

// dupKeyClaimed drops from es (the effects found in body, in source
// order) each Insert whose error body answers as a duplicate key by
// leaving, and the effects after it in its block.
func (d *Dedupe) dupKeyClaimed(body *ast.BlockStmt, es []Effect) []Effect {
	if body == nil || len(es) == 0 {
		return es
	}
	type span struct{ from, to token.Pos }
	var claimed []span
	for _, e := range es {
		call, ok := e.Node.(*ast.CallExpr)
		if !ok || e.Kind != Insert {
			continue
		}
		if stmt, block := d.dupKeyStmt(body, call); stmt != nil {
			claimed = append(claimed, span{call.Pos(), call.End()}, span{stmt.End(), block.End()})
		}
	}
	if len(claimed) == 0 {
		return es
	}
	var out []Effect
	for _, e := range es {
		in := false
		for _, s := range claimed {
			if e.Node.Pos() >= s.from && e.Node.End() <= s.to {
				in = true
			}
		}
		if !in {
			out = append(out, e)
		}
	}
	return out
}

// dupKeyStmt: the statement of body that tests call's error for a
// duplicate key and leaves on it (if err := call; err != nil {…}, or
// err := call followed, past declarations only, by that if), and the
// block holding it.
func (d *Dedupe) dupKeyStmt(body *ast.BlockStmt, call *ast.CallExpr) (ast.Stmt, *ast.BlockStmt) {
	var stmt ast.Stmt
	var block *ast.BlockStmt
	ast.Inspect(body, func(n ast.Node) bool {
		b, ok := n.(*ast.BlockStmt)
		if !ok || stmt != nil {
			return stmt == nil
		}
		for i, s := range b.List {
			switch x := s.(type) {
			case *ast.IfStmt:
				if as, ok := x.Init.(*ast.AssignStmt); ok {
					if v := d.errOf(as, call); v != nil && d.leavesOnDup(x, v) {
						stmt, block = x, b
						return false
					}
				}
			case *ast.AssignStmt:
				if v := d.errOf(x, call); v != nil {
					j := i + 1
					for j < len(b.List) && isDecl(b.List[j]) {
						j++ // var pgErr *pgconn.PgError before the test
					}
					if j < len(b.List) {
						if next, ok := b.List[j].(*ast.IfStmt); ok && next.Init == nil && d.leavesOnDup(next, v) {
							stmt, block = next, b
							return false
						}
					}
				}
			}
		}
		return true
	})
	return stmt, block
}

// isDecl: a declaration statement (var target *mysql.MySQLError).
func isDecl(s ast.Stmt) bool {
	_, ok := s.(*ast.DeclStmt)
	return ok
}

// errOf: the error variable as assigns from call (its last result, call
// being the right side itself, or gorm's result's Error field).
func (d *Dedupe) errOf(as *ast.AssignStmt, call *ast.CallExpr) *types.Var {
	if len(as.Rhs) != 1 || len(as.Lhs) == 0 {
		return nil
	}
	rhs := ast.Unparen(as.Rhs[0])
	if sel, ok := rhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
		rhs = ast.Unparen(sel.X) // gorm: db.Create(&row).Error
	}
	if rhs != call {
		return nil
	}
	id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := d.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || !types.Identical(v.Type(), types.Universe.Lookup("error").Type()) {
		return nil
	}
	return v
}

// leavesOnDup: the if (or an if nested in its body) tests v for a
// duplicate key and its branch returns.
func (d *Dedupe) leavesOnDup(ifs *ast.IfStmt, v *types.Var) bool {
	found := false
	ast.Inspect(ifs, func(n ast.Node) bool {
		x, ok := n.(*ast.IfStmt)
		if !ok || found {
			return !found
		}
		if d.mentions(x.Cond, v) && d.dupPredicate(x.Cond, v, 0) && endsInReturn(x.Body) {
			found = true
		}
		return true
	})
	return found
}

// endsInReturn: the block's last statement is a return.
func endsInReturn(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// mentions: e reads v.
func (d *Dedupe) mentions(e ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && d.pass.TypesInfo.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// dupMessages: what the drivers say of a unique violation (SQLite,
// PostgreSQL, MySQL), lower-cased.
var dupMessages = []string{"unique constraint failed", "duplicate key", "duplicate entry"}

// dupPredicate: cond tests a duplicate key: a driver's code, sentinel or
// message, or a call handing v to a function of the package whose body
// does (followed twice at most).
func (d *Dedupe) dupPredicate(cond ast.Node, v *types.Var, depth int) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.BasicLit:
			if x.Kind == token.STRING {
				s := strings.ToLower(constant.StringVal(constant.MakeFromLiteral(x.Value, x.Kind, 0)))
				if s == "23505" {
					found = true
				}
				for _, m := range dupMessages {
					if strings.Contains(s, m) {
						found = true
					}
				}
			}
		case *ast.BinaryExpr:
			if sel, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "Number" {
				if tv, ok := d.pass.TypesInfo.Types[x.Y]; ok && tv.Value != nil && tv.Value.String() == "1062" {
					found = true
				}
			}
		case *ast.Ident:
			if o := d.pass.TypesInfo.Uses[x]; o != nil && o.Pkg() != nil && dupSentinel(o.Pkg().Path(), o.Name()) {
				found = true
			}
		case *ast.CallExpr:
			fn := d.m.calleeFunc(x)
			if fn == nil || depth >= 2 || !d.handsOver(x, v) {
				return true
			}
			if fd := d.decls.Syntax(fn); fd != nil && fd.Body != nil && len(fd.Type.Params.List) > 0 {
				if d.dupPredicate(fd.Body, nil, depth+1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// handsOver: call hands v (or, inside a followed body, anything) over.
func (d *Dedupe) handsOver(call *ast.CallExpr, v *types.Var) bool {
	if v == nil {
		return true
	}
	for _, a := range call.Args {
		if d.mentions(a, v) {
			return true
		}
	}
	return false
}

// dupSentinel: a driver's name for a unique violation.
func dupSentinel(pkg, name string) bool {
	switch {
	case pkg == dblib.GORMv2:
		return name == "ErrDuplicatedKey"
	case strings.HasSuffix(pkg, "/go-sqlite3"):
		return name == "ErrConstraintUnique" || name == "ErrConstraintPrimaryKey"
	case strings.HasPrefix(pkg, "go.mongodb.org/mongo-driver"):
		return name == "IsDuplicateKeyError"
	case strings.HasSuffix(pkg, "/pgerrcode"):
		return name == "UniqueViolation"
	}
	return false
}
