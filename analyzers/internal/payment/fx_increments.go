package payment

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// StoreIncrements tells which stored values a document, key-value or ent
// write adds to: mongo's $inc, go-redis IncrBy / IncrByFloat / HIncrBy /
// HIncrByFloat, ent's Add<Field>. An increment repeated by a second
// delivery of the same event adds twice, where setting a value does not.
// The variable index it needs is built on the first candidate call only.
type StoreIncrements struct {
	pass *analysis.Pass
	b    *builder
}

// NewStoreIncrements prepares the reader for the package of pass.
func NewStoreIncrements(pass *analysis.Pass) *StoreIncrements {
	return &StoreIncrements{pass: pass}
}

func (s *StoreIncrements) builder() *builder {
	if s.b == nil {
		s.b = &builder{pass: s.pass, ix: newIndex(s.pass, inspector.New(s.pass.Files))}
	}
	return s.b
}

// Of returns the names of what call increments (lower-case snake_case
// columns, hash fields, or the words of a key: "balance", "wallet"), nil
// when call is no increment or only decrements.
func (s *StoreIncrements) Of(call *ast.CallExpr) []string {
	if s == nil || s.pass == nil {
		return nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	switch {
	case mongoPaths[funcPath(fn)] && recvTypeName(fn) == "Collection":
		return s.mongoInc(call, fn)
	case redisPaths[funcPath(fn)]:
		return s.redisInc(call, fn)
	case !Library(funcPath(fn)):
		return s.entAdd(call, fn)
	}
	return nil
}

// mongoInc: the fields of the $inc operator of an update document.
func (s *StoreIncrements) mongoInc(call *ast.CallExpr, fn *types.Func) []string {
	switch fn.Name() {
	case "UpdateOne", "UpdateMany", "UpdateByID", "FindOneAndUpdate":
	default:
		return nil
	}
	if len(call.Args) < 3 {
		return nil
	}
	b := s.builder()
	ops, ok := b.docEntries(call.Args[2])
	if !ok {
		return nil
	}
	var out []string
	for _, op := range ops {
		if op.key != "$inc" {
			continue
		}
		fields, _ := b.docEntries(op.val)
		for _, f := range fields {
			if !negative(s.pass.TypesInfo, f.val) {
				out = append(out, goColumn(strings.ReplaceAll(f.key, ".", "_")))
			}
		}
	}
	return out
}

// redisInc: the hash field of HIncrBy(ctx, key, "credits", n), else the
// key's trailing column or its leading words ("wallet:"+id → wallet).
func (s *StoreIncrements) redisInc(call *ast.CallExpr, fn *types.Func) []string {
	by := 2
	switch fn.Name() {
	case "IncrBy", "IncrByFloat":
	case "HIncrBy", "HIncrByFloat":
		by = 3
	default:
		return nil
	}
	if len(call.Args) <= by || negative(s.pass.TypesInfo, call.Args[by]) {
		return nil
	}
	b := s.builder()
	if by == 3 {
		if f, ok := b.ix.stringConst(call.Args[2]); ok {
			return []string{goColumn(f)}
		}
	}
	table, col := b.redisKey(call.Args[1])
	if col != "" {
		return []string{col}
	}
	if table == nil {
		if k, ok := b.ix.stringConst(call.Args[1]); ok {
			return []string{goColumn(strings.ReplaceAll(k, ":", "_"))} // one fixed key
		}
	}
	return []string{strings.Join(table, "_")}
}

// entAdd: Add<Field>(n) setters of an ent update builder saved by call.
func (s *StoreIncrements) entAdd(call *ast.CallExpr, fn *types.Func) []string {
	switch fn.Name() {
	case "Save", "SaveX", "Exec", "ExecX":
	default:
		return nil
	}
	recv := recvNamedType(fn)
	if recv == nil || !takesContextFirst(fn) {
		return nil
	}
	if e, insert := entEntity(recv.Obj().Name()); e == "" || insert {
		return nil
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	b := s.builder()
	var out []string
	b.walkChain(sel.X, call, recv, func(c *ast.CallExpr, m *types.Func) {
		if cv, ok := b.entSetter(c, m, recv); ok && cv.expr == "+" && len(c.Args) == 1 && !negative(s.pass.TypesInfo, c.Args[0]) {
			out = append(out, cv.col)
		}
	})
	return out
}

// negative: a constant below zero or a negation (-n): a decrement.
func negative(info *types.Info, e ast.Expr) bool {
	e = unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.Int, constant.Float:
			return constant.Sign(tv.Value) < 0
		}
		return false
	}
	u, ok := e.(*ast.UnaryExpr)
	return ok && u.Op == token.SUB
}
